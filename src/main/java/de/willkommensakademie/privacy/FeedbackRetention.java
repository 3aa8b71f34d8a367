package de.willkommensakademie.privacy;

import java.time.Instant;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Barrier reports name their senders as typed (often not employees, so the per-person retention cannot reach them):
 * a report is deleted a fixed time after it was answered, by the daily retention run; an open report stays until it
 * is answered. The period is the operator's ({@code FEEDBACK_RETENTION_MONTHS}, at least one month).
 */
@Component
class FeedbackRetention {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackRetention.class);

    private final AccessibilityFeedbackRepository reports;
    private final int months;

    FeedbackRetention(AccessibilityFeedbackRepository reports,
            @Value("${app.privacy.feedback-retention-months:24}") int months) {
        if (months < 1) {
            throw new IllegalArgumentException("app.privacy.feedback-retention-months must be at least 1: " + months);
        }
        this.reports = reports;
        this.months = months;
    }

    /** Deletes the reports answered more than the period before {@code now}; answers how many (logged, no content). */
    @Transactional
    int run(Instant now) {
        int deleted = reports.deleteAnsweredBefore(now.atZone(ZoneId.systemDefault()).minusMonths(months).toInstant());
        LOG.info("Retention: {} barrier reports answered more than {} months ago deleted", deleted, months);
        return deleted;
    }
}
