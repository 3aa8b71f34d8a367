package de.willkommensakademie.audit;

import java.time.Instant;

/** What the audit log view shows of one entry. */
public record AuditRecord(Instant occurredAt, String actor, AuditAction action, String target, String details) {
}
