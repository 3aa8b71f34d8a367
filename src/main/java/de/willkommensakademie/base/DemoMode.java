package de.willkommensakademie.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo runners fill the database ({@code app.demo-data=true}, which the README's run command sets and
 * production never does). Read when the runners run, not as a condition on their beans: with Spring AOT (the
 * optional {@code aot} build) conditions are decided when the jar is built, and {@code DEMO_DATA} is set at run time.
 */
@Component
public class DemoMode {

    private final boolean on;

    DemoMode(@Value("${app.demo-data:false}") boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }
}
