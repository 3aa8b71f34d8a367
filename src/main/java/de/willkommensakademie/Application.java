package de.willkommensakademie;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import de.willkommensakademie.base.startup.StartupSteps;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Boot class. The theme is Lumo plus our own stylesheet, which lives in {@code frontend/styles} and is
 * copied to {@code META-INF/resources} by the build, so development and production use the same file.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        ProductionBuildCheck.exitIfUnstartable(Application.class);
        SpringApplication application = new SpringApplication(Application.class);
        StartupSteps.recordIfAsked(application);
        application.run(args);
    }

    /** Injected wherever "now" matters, so tests can pin the time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
