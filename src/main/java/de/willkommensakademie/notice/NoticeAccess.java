package de.willkommensakademie.notice;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who reads which notices: only their recipient, the signed-in person. The platform operator has no employee record
 * and so no notices (and account ids of the two kinds may coincide, so the operator's id must never be taken for a
 * recipient).
 */
@Component
class NoticeAccess {

    private final CurrentUser currentUser;

    NoticeAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person can have notices at all: everyone who belongs to an authority. */
    boolean hasNotices() {
        return currentUser.require().authorityId() != null;
    }

    /** The signed-in person as recipient; the operator's notices are not found. */
    long recipient() {
        if (!hasNotices()) {
            throw new RecordNotFoundException("notice", currentUser.require().accountId());
        }
        return currentUser.require().accountId();
    }
}
