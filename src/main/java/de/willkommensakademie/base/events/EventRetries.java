package de.willkommensakademie.base.events;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the listeners of failed event publications again: when the application is ready and then every ten minutes
 * ({@code app.events.retry-cron}), on one instance of the cluster at a time (ShedLock). A publication counts as failed
 * when its listener threw, and also when it has waited longer than {@code app.events.stale-after} (15 minutes) to be
 * handled or finished: the instance that held it most likely stopped. The listeners are idempotent, so running one
 * that did in fact finish changes nothing.
 */
@Component
public class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final JdbcClient jdbc;
    private final EventPublicationRegistry registry;
    private final FailedEventPublications failed;
    private final Duration staleAfter;
    private final int batchSize;

    EventRetries(JdbcClient jdbc, EventPublicationRegistry registry, FailedEventPublications failed,
            @Value("${app.events.stale-after:PT15M}") Duration staleAfter,
            @Value("${app.events.retry-batch:500}") int batchSize) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.failed = failed;
        this.staleAfter = staleAfter;
        this.batchSize = batchSize;
    }

    /** Public for the scheduler's and ShedLock's proxies; tests call it to run a retry at once. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${app.events.retry-cron:0 */10 * * * *}")
    @SchedulerLock(name = "event-retries")
    public void retry() {
        try {
            // Mostly there is nothing to do; one count keeps the registry's queries and log lines for when there is.
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            log.info("{} event publications not completed; retrying the failed and stale ones", open);
            // Publications nobody finished (an instance stopped mid-way) become failed, so they are retried below.
            registry.markStalePublicationsFailed(status -> staleAfter);
            failed.resubmit(ResubmissionOptions.defaults().withBatchSize(batchSize));
        } catch (RuntimeException broken) {
            // The registry itself failing (database away) must not stop the start; the next run tries again.
            log.warn("Retrying failed event publications did not work", broken);
        }
    }
}
