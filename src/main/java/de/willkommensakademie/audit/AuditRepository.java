package de.willkommensakademie.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    /** Newest first; the id breaks ties of entries written in the same instant. */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    @Query("""
            select e from AuditEntry e
            where e.authorityId = :authorityId and (:action is null or e.action = :action)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> findForAuthority(long authorityId, AuditAction action, Pageable pageable);

    /** One authority's entries that pass the filter; days are counted in {@code zone}. */
    static Specification<AuditEntry> matching(long authorityId, AuditFilter filter, ZoneId zone) {
        return (entry, query, where) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(where.equal(entry.get("authorityId"), authorityId));
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
