package de.willkommensakademie.onboarding;

import java.util.List;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a checklist item, in one place. Ticking: the one responsible (the person, their buddy, their
 * managers, the authority's admins for IT). Confirming or sending back an item that waits for sign-off: the person's
 * active managers; for someone without an active manager, the authority's admins, so no item waits forever. Nobody
 * confirms their own item, and nothing of another authority.
 */
@Component
class OnboardingAccess {

    private final StaffDirectory staff;

    OnboardingAccess(StaffDirectory staff) {
        this.staff = staff;
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
}
