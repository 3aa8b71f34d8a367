package de.willkommensakademie.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.base.SearchText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccessRepository extends JpaRepository<AccessEntry, Long>, JpaSpecificationExecutor<AccessEntry> {

    /** Newest first; the id breaks ties of entries written in the same instant (one batch has one instant). */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    /** Entries that pass the filter; days are counted in {@code zone}. Whose entries: {@link AuditAccess}. */
    static Specification<AccessEntry> matching(AccessFilter filter, ZoneId zone) {
        return (entry, query, where) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.person() != null) {
                String pattern = SearchText.likePattern(filter.person());
                all.add(where.or(where.like(where.lower(entry.get("actor")), pattern, '\\'),
                        where.like(where.lower(entry.get("subject")), pattern, '\\')));
            }
            if (filter.kind() != null) {
                all.add(where.equal(entry.get("kind"), filter.kind()));
            }
            all.addAll(Logs.withinDays(where, entry.get("at"), filter.from(), filter.to(), zone));
            return where.and(all.toArray(Predicate[]::new));
        };
    }
}
