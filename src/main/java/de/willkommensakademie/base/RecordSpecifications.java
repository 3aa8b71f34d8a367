package de.willkommensakademie.base;

import org.springframework.data.jpa.domain.Specification;

/** Predicates every feature's access rules combine with their own: one record by id, one person's own records. */
public final class RecordSpecifications {

    private RecordSpecifications() {
    }

    /** The record with this id; combined with an access rule, a record outside the rule reads as not found. */
    public static <T> Specification<T> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    /** Records of one person in one authority, for entities with {@code authorityId} and {@code employeeId}. */
    public static <T> Specification<T> ownedBy(long authorityId, long employeeId) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("authorityId"), authorityId),
                cb.equal(root.get("employeeId"), employeeId));
    }
}
