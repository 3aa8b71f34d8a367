package de.willkommensakademie.privacy;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Who changes retention, confirms deletions and erases people: the administrators of an authority, for their own
 * authority only; a person of another authority reads as not found.
 */
@Component
class RetentionAccess {

    private final CurrentUser currentUser;
    private final StaffDirectory staff;

    RetentionAccess(CurrentUser currentUser, StaffDirectory staff) {
        this.currentUser = currentUser;
        this.staff = staff;
    }

    long authority() {
        return currentUser.authorityId();
    }

    /** A person of the administrator's authority, or not found. */
    StaffMember person(long personId) {
        return staff.member(personId).filter(member -> member.authorityId() == authority())
                .orElseThrow(() -> new RecordNotFoundException("employee", personId));
    }

    long self() {
        return currentUser.require().accountId();
    }
}
