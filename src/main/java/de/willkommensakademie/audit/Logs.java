package de.willkommensakademie.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/** What the audit log and the access log share: texts cut to their column, and days as instants. */
final class Logs {

    private Logs() {
    }

    /** A text cut to its column's length; a log entry is never refused for a long name or title. */
    static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** From the start of {@code from} to the end of {@code to}, days counted in {@code zone}; either end may be open. */
    static List<Predicate> withinDays(CriteriaBuilder where, Expression<Instant> at, LocalDate from, LocalDate to,
            ZoneId zone) {
        List<Predicate> within = new ArrayList<>();
        if (from != null) {
            within.add(where.greaterThanOrEqualTo(at, from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            within.add(where.lessThan(at, to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return within;
    }
}
