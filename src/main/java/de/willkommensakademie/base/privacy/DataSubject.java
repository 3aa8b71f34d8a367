package de.willkommensakademie.base.privacy;

import java.util.Locale;

/**
 * The person whose data is exported: their authority, their id, their username (the audit log names people by it),
 * their name and language (for the summary).
 */
public record DataSubject(long authorityId, long employeeId, String username, String displayName, Locale language) {
}
