package de.willkommensakademie.onboarding;

import static de.willkommensakademie.base.RecordSpecifications.withId;

import java.util.List;
import java.util.Set;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with onboarding checklists, in one place. Seeing: the new person their own checklist; a
 * buddy the checklists of the people they support; managers those of their teams' members ({@link #managed()}, the
 * list and a single checklist share that predicate); admins every checklist of their authority for the IT items.
 * Ticking: the one responsible (the person, their buddy, their managers, the authority's admins for IT). Confirming or
 * sending back an item that waits for sign-off: the person's active managers; for someone without an active manager,
 * the authority's admins, so no item waits forever. Nobody confirms their own item, and nothing of another authority:
 * that reads as not found.
 */
@Component
class OnboardingAccess {

    private final ChecklistRepository checklists;
    private final ChecklistItemRepository items;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;

    OnboardingAccess(ChecklistRepository checklists, ChecklistItemRepository items, StaffDirectory staff,
            CurrentUser currentUser) {
        this.checklists = checklists;
        this.items = items;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** The checklists of the members of the teams the signed-in manager leads, in their authority. */
    Specification<Checklist> managed() {
        long authorityId = currentUser.authorityId();
        Set<Long> team = staff.membersOfTeamsLedBy(authorityId, currentUser.require().accountId());
        return (root, query, cb) -> cb.and(cb.equal(root.get("authorityId"), authorityId),
                team.isEmpty() ? cb.disjunction() : root.get("employeeId").in(team));
    }

    /** A checklist of the signed-in manager's teams, or not found. */
    Checklist managed(long checklistId) {
        return checklists.findOne(managed().and(withId(checklistId)))
                .orElseThrow(() -> new RecordNotFoundException("checklist", checklistId));
    }

    /**
     * The checklists the signed-in person may have tasks in: those they are the buddy of, their teams' (managers) and
     * the whole authority's (admins, for the IT items).
     */
    Specification<Checklist> withTasks() {
        AppUser me = currentUser.require();
        long authorityId = currentUser.authorityId();
        Set<Long> team = me.hasRole(Role.MANAGER) ? staff.membersOfTeamsLedBy(authorityId, me.accountId()) : Set.of();
        boolean admin = me.hasRole(Role.ADMIN);
        return (root, query, cb) -> {
            Predicate mine = admin ? cb.conjunction() : cb.equal(root.get("buddyId"), me.accountId());
            if (!admin && !team.isEmpty()) {
                mine = cb.or(mine, root.get("employeeId").in(team));
            }
            return cb.and(cb.equal(root.get("authorityId"), authorityId), mine);
        };
    }

    /** An item of a checklist of the signed-in person's authority; anything else is not found. */
    ChecklistItem visibleItem(long itemId) {
        ChecklistItem item = items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("item", itemId));
        checklists.findOne(ofOwnAuthority().and(withId(item.checklistId())))
                .orElseThrow(() -> new RecordNotFoundException("item", itemId));
        return item;
    }

    /** An item of a checklist of the signed-in manager's teams, or not found. */
    ChecklistItem managedItem(long itemId) {
        ChecklistItem item = visibleItem(itemId);
        checklists.findOne(managed().and(withId(item.checklistId())))
                .orElseThrow(() -> new RecordNotFoundException("item", itemId));
        return item;
    }

    /** An item the signed-in person may confirm or send back; anything else, theirs or not, is not found. */
    ChecklistItem confirmable(long itemId) {
        ChecklistItem item = visibleItem(itemId);
        Checklist checklist = checklists.findById(item.checklistId()).orElseThrow();
        StaffMember employee = staff.member(checklist.employeeId()).orElseThrow();
        if (!confirms(checklist, employee, currentUser.require())) {
            throw new RecordNotFoundException("item", itemId);
        }
        return item;
    }

    /** A member of the signed-in manager's teams, in their authority, to start a checklist for; else not found. */
    StaffMember teamMember(long employeeId) {
        AppUser me = currentUser.require();
        long authorityId = currentUser.authorityId();
        return staff.member(employeeId).filter(member -> member.authorityId() == authorityId)
                .filter(member -> member.managerIds().contains(me.accountId()))
                .orElseThrow(() -> new RecordNotFoundException("employee", employeeId));
    }

    /** The signed-in trainer's or admin's authority, whose own templates they adapt and whose holidays apply. */
    long ownAuthority() {
        return currentUser.authorityId();
    }

    boolean responsible(ChecklistItem item, Checklist checklist, StaffMember employee, AppUser me) {
        if (checklist.authorityId() != me.authorityId()) {
            return false;
        }
        return switch (item.responsible()) {
            case EMPLOYEE -> employee.id() == me.accountId();
            case BUDDY -> checklist.buddyId() != null && checklist.buddyId() == me.accountId();
            case MANAGER -> me.hasRole(Role.MANAGER) && employee.managerIds().contains(me.accountId());
            case IT -> me.hasRole(Role.ADMIN);
        };
    }

    boolean confirms(Checklist checklist, StaffMember employee, AppUser me) {
        if (checklist.authorityId() != me.authorityId() || employee.id() == me.accountId()) {
            return false;
        }
        List<Long> managers = confirmingManagers(employee);
        return managers.isEmpty() ? me.hasRole(Role.ADMIN)
                : me.hasRole(Role.MANAGER) && managers.contains(me.accountId());
    }

    /** Whom to tell that an item waits for confirmation: the same people {@link #confirms} lets confirm. */
    List<Long> confirmers(Checklist checklist, StaffMember employee) {
        List<Long> managers = confirmingManagers(employee);
        return (managers.isEmpty() ? staff.administrators(checklist.authorityId()) : managers).stream()
                .filter(id -> id != employee.id()).toList();
    }

    private List<Long> confirmingManagers(StaffMember employee) {
        return employee.managerIds().stream().filter(id -> id != employee.id())
                .filter(id -> staff.member(id).map(StaffMember::active).orElse(false)).toList();
    }

    private Specification<Checklist> ofOwnAuthority() {
        long authorityId = currentUser.authorityId();
        return (root, query, cb) -> cb.equal(root.get("authorityId"), authorityId);
    }
}
