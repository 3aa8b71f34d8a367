package de.willkommensakademie.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AssessmentActionRepository extends JpaRepository<AssessmentAction, Long>,
        JpaSpecificationExecutor<AssessmentAction> {

    /** The owner's actions in these statuses, soonest due first (the start page's card). */
    @Query("""
            select a from AssessmentAction a
            where a.authorityId = :authorityId and a.ownerId = :ownerId and a.status in :statuses
            order by a.dueOn, a.id""")
    List<AssessmentAction> findOwned(long authorityId, long ownerId, Collection<ActionStatus> statuses,
            Pageable pageable);

    @Query("""
            select count(a) > 0 from AssessmentAction a
            where a.authorityId = :authorityId and a.ownerId = :ownerId and a.status in :statuses""")
    boolean existsOwned(long authorityId, long ownerId, Collection<ActionStatus> statuses);

    /** Of the authority. */
    static Specification<AssessmentAction> ofAuthority(long authorityId) {
        return (root, query, builder) -> builder.equal(root.get("authorityId"), authorityId);
    }

    /** Owned or created by this person. */
    static Specification<AssessmentAction> ownedOrCreatedBy(long employeeId) {
        return (root, query, builder) -> builder.or(builder.equal(root.get("ownerId"), employeeId),
                builder.equal(root.get("createdBy"), employeeId));
    }

    static Specification<AssessmentAction> ownedBy(long employeeId) {
        return (root, query, builder) -> builder.equal(root.get("ownerId"), employeeId);
    }

    /** In one of these statuses; empty means any. */
    static Specification<AssessmentAction> withStatus(Collection<ActionStatus> statuses) {
        return (root, query, builder) -> statuses.isEmpty() ? builder.conjunction() : root.get("status").in(statuses);
    }
}
