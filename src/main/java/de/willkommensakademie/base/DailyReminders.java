package de.willkommensakademie.base;

/**
 * A reminder job that runs every morning on one instance of the cluster (its {@code @SchedulerLock} takes a lock row
 * first) and once right after start-up, so a fresh installation shows its reminders the same day. Implementations
 * are idempotent: what was sent is stored, so a second run sends nothing new.
 */
public interface DailyReminders {

    /** Sends what is due; called through the bean's proxy, so the lock and the transaction apply. */
    void remind();
}
