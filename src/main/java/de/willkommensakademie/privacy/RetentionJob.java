package de.willkommensakademie.privacy;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily retention run at a quiet hour, on one instance of the cluster (ShedLock lock {@code retention}). It has
 * no transaction of its own: every person and type is one (see {@link RetentionWorker}).
 */
@Component
class RetentionJob {

    private final RetentionRuns runs;
    private final FeedbackRetention feedback;
    private final Clock clock;

    RetentionJob(RetentionRuns runs, FeedbackRetention feedback, Clock clock) {
        this.runs = runs;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.privacy.retention-cron:0 45 2 * * *}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT2H")
    public void run() {
        runs.runAll(clock.instant());
        feedback.run(clock.instant());
    }
}
