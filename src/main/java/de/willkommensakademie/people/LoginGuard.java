package de.willkommensakademie.people;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** Counts wrong passwords of one account and locks it for a while after too many in a row. */
@Embeddable
class LoginGuard {

    private int failedLogins;

    private Instant lockedUntil;

    /** Counts a wrong password; returns true when this failure locks the account. */
    boolean recordFailure(int maxFailures, Instant lockUntil) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            failedLogins = 0;
            lockedUntil = lockUntil;
            return true;
        }
        return false;
    }

    /** After a successful login, or when an admin unlocks the account. */
    void reset() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
