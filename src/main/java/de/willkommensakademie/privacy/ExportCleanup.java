package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes exports nobody fetched within a day (and failed ones), hourly on one instance of a cluster. */
@Component
class ExportCleanup {

    static final Duration KEPT = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(ExportCleanup.class);

    private final ExportRequestRepository requests;
    private final Clock clock;

    ExportCleanup(ExportRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.privacy.export-cleanup-cron:0 17 * * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "personal-data-export-cleanup")
    @Transactional
    public void deleteUnfetched() {
        deleteCreatedBefore(clock.instant().minus(KEPT));
    }

    @Transactional
    public int deleteCreatedBefore(Instant before) {
        int deleted = requests.deleteCreatedBefore(before);
        if (deleted > 0) {
            log.info("Deleted {} personal data exports that were not fetched within {} hours", deleted,
                    KEPT.toHours());
        }
        return deleted;
    }
}
