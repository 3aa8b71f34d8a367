package de.willkommensakademie.base;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Runs every daily reminder job once when the application is ready (after the demo data and shipped content are
 * in), instead of waiting for the next morning. Each job keeps its ShedLock lock, so instances starting together
 * run it once; it runs before the app reports ready, so nobody sees a page without today's reminders.
 */
@Component
class RemindersAtStartup {

    private static final Logger log = LoggerFactory.getLogger(RemindersAtStartup.class);

    private final List<DailyReminders> jobs;

    RemindersAtStartup(List<DailyReminders> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    @EventListener(ApplicationReadyEvent.class)
    void runOnce() {
        for (DailyReminders job : jobs) {
            try {
                job.remind();
            } catch (RuntimeException failed) {
                // A failing job must not stop the start or the other jobs; the morning run tries again.
                log.warn("Reminder job {} failed at start-up", ClassUtils.getUserClass(job).getSimpleName(), failed);
            }
        }
        log.info("Ran {} reminder jobs at start-up", jobs.size());
    }

    List<DailyReminders> jobs() {
        return jobs;
    }
}
