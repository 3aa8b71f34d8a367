package de.willkommensakademie.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import de.willkommensakademie.base.SearchText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccessRepository extends JpaRepository<AccessEntry, Long>, JpaSpecificationExecutor<AccessEntry> {

    /** Newest first; the id breaks ties of entries written in the same instant (one batch has one instant). */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    /** The entries about one person since an instant; the sort comes with the page request. */
    Page<AccessEntry> findByAuthorityIdAndSubjectIdAndAtGreaterThanEqual(long authorityId, long subjectId,
            Instant since, Pageable pageable);

    long countByAuthorityIdAndSubjectIdAndAtGreaterThanEqual(long authorityId, long subjectId, Instant since);

    /** One authority's entries that pass the filter; days are counted in {@code zone}. */
    static Specification<AccessEntry> matching(long authorityId, AccessFilter filter, ZoneId zone) {
        return (entry, query, where) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(where.equal(entry.get("authorityId"), authorityId));
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
