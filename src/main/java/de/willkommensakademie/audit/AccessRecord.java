package de.willkommensakademie.audit;

import java.time.Instant;

/** What the access log views show of one entry: when, who, about whom, what kind, and what exactly. */
public record AccessRecord(Instant at, String actor, String subject, AccessKind kind, String what) {
}
