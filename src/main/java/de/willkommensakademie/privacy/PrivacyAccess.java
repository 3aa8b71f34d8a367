package de.willkommensakademie.privacy;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.people.EmployeeForm;
import de.willkommensakademie.people.EmployeeService;
import org.springframework.stereotype.Component;

/**
 * Who may have whose data exported, and who fetches an export: every person their own, administrators any person of
 * their authority (the people feature refuses another authority's person as not found; managers are no
 * administrators), and only the person who asked for an export sees and fetches it. Operators have no personal
 * records of an authority, so they have none to export.
 */
@Component
class PrivacyAccess {

    private final CurrentUser currentUser;
    private final EmployeeService employees;
    private final ExportRequestRepository requests;

    PrivacyAccess(CurrentUser currentUser, EmployeeService employees, ExportRequestRepository requests) {
        this.currentUser = currentUser;
        this.employees = employees;
        this.requests = requests;
    }

    /** The signed-in person as the subject of their own export. */
    DataSubject me() {
        AppUser user = currentUser.require();
        if (user.authorityId() == null) {
            throw new RecordNotFoundException("Personal data of", user.getUsername());
        }
        return new DataSubject(user.authorityId(), user.accountId(), user.getUsername(), user.displayName(),
                user.language());
    }

    /** A person of the administrator's authority; {@code EmployeeService.load} refuses anyone else as not found. */
    DataSubject personOfMyAuthority(long employeeId) {
        EmployeeForm person = employees.load(employeeId);
        return new DataSubject(currentUser.authorityId(), person.getId(), person.getUsername(),
                person.getFirstName() + " " + person.getLastName(), person.getLanguage());
    }

    long requester() {
        return currentUser.require().accountId();
    }

    /** An export the signed-in person asked for; anything else reads as not found. */
    ExportRequest mine(long exportId) {
        AppUser user = currentUser.require();
        if (user.authorityId() == null) {
            throw new RecordNotFoundException("Export", exportId);
        }
        return requests.findByIdAndAuthorityIdAndRequestedBy(exportId, user.authorityId(), user.accountId())
                .orElseThrow(() -> new RecordNotFoundException("Export", exportId));
    }
}
