package de.willkommensakademie.base.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Records where start-up time goes, but only when asked for with {@code -Dapp.startup-steps=true} (or the environment
 * variable {@code APP_STARTUP_STEPS=true}): Spring then buffers its start-up steps (bean creation, configuration
 * classes, the context refresh), {@link RunnerSteps} adds one step per application runner and ready listener of ours,
 * and once the context is refreshed the slowest steps are logged. Off by default, because buffering keeps an object
 * per bean; the start-up benchmark turns it on for one run.
 */
@Component
public class StartupSteps {

    static final String STEP_PREFIX = "willkommensakademie.";
    private static final String PROPERTY = "app.startup-steps";
    private static final int SHOWN = 25;
    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ApplicationStartup startup;

    StartupSteps(ApplicationStartup startup) {
        this.startup = startup;
    }

    /** Called from {@code main} before the application runs: buffering must be set before the context exists. */
    public static void recordIfAsked(SpringApplication application) {
        if (Boolean.parseBoolean(System.getProperty(PROPERTY, System.getenv("APP_STARTUP_STEPS")))) {
            application.setApplicationStartup(new BufferingApplicationStartup(50_000));
        }
    }

    /** The slowest of Spring's own steps, once the context is up (before the runners, which log their own). */
    @EventListener(ApplicationStartedEvent.class)
    void logSlowest() {
        if (!(startup instanceof BufferingApplicationStartup buffering)) {
            return;
        }
        var events = buffering.getBufferedTimeline().getEvents();
        log.info("Start-up steps: {} recorded; the {} slowest (nested steps include their children):", events.size(),
                SHOWN);
        events.stream().sorted(Comparator.comparing(TimelineEvent::getDuration).reversed()).limit(SHOWN)
                .forEach(event -> log.info("Start-up step {} ms {} {}", event.getDuration().toMillis(),
                        event.getStartupStep().getName(), tags(event.getStartupStep())));
    }

    private static String tags(StartupStep step) {
        return StreamSupport.stream(step.getTags().spliterator(), false)
                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" "));
    }

    /** Logs one of our own start-up actions with its wall and CPU time (the CPU of the running thread). */
    static void logged(String what, Duration wall, long cpuNanos) {
        log.info("Start-up step {} ms (CPU {} ms) {}{}", wall.toMillis(), cpuNanos / 1_000_000, STEP_PREFIX, what);
    }

    static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static boolean anyOf(Class<?>[] classes, Class<?> wanted) {
        return Arrays.asList(classes).contains(wanted);
    }
}
