package de.willkommensakademie.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** Newest first; the id breaks ties of entries written in the same instant. */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    /** Entries that pass the filter; days are counted in {@code zone}. Whose entries: {@link AuditAccess}. */
    static Specification<AuditEntry> matching(AuditFilter filter, ZoneId zone) {
        return (entry, query, where) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.action() != null) {
                all.add(where.equal(entry.get("action"), filter.action()));
            }
            if (filter.withoutLogins()) {
                all.add(where.not(entry.get("action").in(AuditFilter.LOGINS)));
            }
            all.addAll(Logs.withinDays(where, entry.get("occurredAt"), filter.from(), filter.to(), zone));
            return where.and(all.toArray(Predicate[]::new));
        };
    }
}
