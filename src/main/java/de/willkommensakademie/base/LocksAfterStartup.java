package de.willkommensakademie.base;

import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Grants job locks only once this instance's start-up work (shipped content, demo data) is done. Spring starts the
 * scheduler before the application runners, so a job firing meanwhile saw half-written data and remembered that it
 * had run — the weekly team digest then reported nothing, that week and the next. A run refused here is skipped
 * like one another instance holds. The gate opens first among the ready listeners, so the reminders that run when
 * the application is ready find it open.
 */
final class LocksAfterStartup implements LockProvider, ApplicationListener<ApplicationReadyEvent>, Ordered {

    private final LockProvider locks;
    private volatile boolean started;

    LocksAfterStartup(LockProvider locks) {
        this.locks = locks;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration job) {
        return started ? locks.lock(job) : Optional.empty();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        started = true;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
