package de.willkommensakademie.assessment;

import java.util.Optional;
import java.util.Set;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.RecordSpecifications;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes which action of the action plan: administrators every action of their authority, everybody
 * else the actions they own or created; the owner, the creator and administrators change the status, only the
 * creator and administrators edit. Lists and single actions read through the same {@link Specification}; anything
 * outside it is not found.
 */
@Component
class ActionAccess {

    private final AssessmentActionRepository actions;
    private final CurrentUser currentUser;

    ActionAccess(AssessmentActionRepository actions, CurrentUser currentUser) {
        this.actions = actions;
        this.currentUser = currentUser;
    }

    long ownAuthority() {
        return currentUser.authorityId();
    }

    /** The signed-in person's authority; empty for platform operators, who have no actions. */
    Optional<Long> authorityOf(AppUser user) {
        return Optional.ofNullable(user.authorityId());
    }

    /** The actions the signed-in person sees, in these statuses (empty: any), or only those they own. */
    Specification<AssessmentAction> listed(Set<ActionStatus> statuses, boolean ownedOnly) {
        AppUser user = currentUser.require();
        var scope = AssessmentActionRepository.ofAuthority(ownAuthority())
                .and(AssessmentActionRepository.withStatus(statuses));
        if (ownedOnly) {
            return scope.and(AssessmentActionRepository.ownedBy(user.accountId()));
        }
        return user.hasRole(Role.ADMIN) ? scope
                : scope.and(AssessmentActionRepository.ownedOrCreatedBy(user.accountId()));
    }

    /** One action the signed-in person sees (and may therefore change the status of), or not found. */
    AssessmentAction visible(long id) {
        return actions.findOne(RecordSpecifications.<AssessmentAction>withId(id).and(listed(Set.of(), false)))
                .orElseThrow(() -> new RecordNotFoundException("assessment action", id));
    }

    /** Whether the signed-in person may change the action's fields: administrators and its creator (a manager). */
    boolean mayEdit(AssessmentAction action) {
        AppUser user = currentUser.require();
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.MANAGER)
                && Long.valueOf(user.accountId()).equals(action.createdBy()));
    }
}
