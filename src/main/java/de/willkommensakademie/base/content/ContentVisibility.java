package de.willkommensakademie.base.content;

import jakarta.persistence.criteria.Expression;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who sees which authored content, as query pieces every content type combines: the shipped library, the own
 * authority's content, and what other authorities share once it is published. The same rule in memory is
 * {@link AuthoredContent#isVisibleTo}; single records are read through {@link #visibleTo} too, so a list and a record
 * never disagree.
 */
public final class ContentVisibility {

    private ContentVisibility() {
    }

    /** Shipped, own, or shared and published. */
    public static <C extends AuthoredContent<?>> Specification<C> visibleTo(long authorityId) {
        return (root, query, cb) -> cb.or(root.get("authorityId").isNull(),
                cb.equal(root.get("authorityId"), authorityId),
                cb.and(cb.isTrue(root.get("shared")), cb.equal(root.get("status"), ContentStatus.PUBLISHED)));
    }

    /** What people of the authority may use (learn, play): visible and published. */
    public static <C extends AuthoredContent<?>> Specification<C> usableBy(long authorityId) {
        return ContentVisibility.<C>visibleTo(authorityId).and(withStatus(ContentStatus.PUBLISHED));
    }

    /** Any status when {@code status} is null. */
    public static <C extends AuthoredContent<?>> Specification<C> withStatus(ContentStatus status) {
        return (root, query, cb) -> status == null ? cb.conjunction() : cb.equal(root.get("status"), status);
    }

    /** Title in either language or key like a lower-case pattern ({@code SearchText.likePattern}); all when null. */
    public static <C extends AuthoredContent<?>> Specification<C> matching(String likePattern) {
        return (root, query, cb) -> likePattern == null ? cb.conjunction()
                : cb.or(cb.like(cb.lower(root.get("titleDe")), likePattern),
                        cb.like(cb.lower(root.get("titleEn")), likePattern),
                        cb.like(root.get("contentKey"), likePattern));
    }

    /** Sorted by title (German, else English), then id; leaves count queries alone. */
    public static <C extends AuthoredContent<?>> Specification<C> byTitle() {
        return (root, query, cb) -> {
            if (query != null && !Long.class.equals(query.getResultType())) {
                Expression<String> title = cb.lower(cb.coalesce(root.get("titleDe"), root.get("titleEn")));
                query.orderBy(cb.asc(title), cb.asc(root.get("id")));
            }
            return cb.conjunction();
        };
    }
}
