package de.willkommensakademie.audit;

import java.time.Instant;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who reads which log, in one place: administrators the audit log and the access log of their own authority; every
 * person the access log entries about themselves since a given instant; operators nothing. Entries are written into
 * the writer's authority (none for the operator's own actions). The filters of the log pages are combined with these
 * specifications, so a page, its count and its CSV export read the same entries.
 */
@Component
class AuditAccess {

    private final CurrentUser currentUser;

    AuditAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The audit entries of the signed-in administrator's authority. */
    Specification<AuditEntry> auditLog() {
        long authorityId = currentUser.authorityId();
        return (entry, query, cb) -> cb.equal(entry.get("authorityId"), authorityId);
    }

    /** The access log entries of the signed-in administrator's authority. */
    Specification<AccessEntry> accessLog() {
        long authorityId = currentUser.authorityId();
        return (entry, query, cb) -> cb.equal(entry.get("authorityId"), authorityId);
    }

    /** The access log entries about the signed-in person since an instant. */
    Specification<AccessEntry> aboutMe(Instant since) {
        long authorityId = currentUser.authorityId();
        long me = currentUser.require().accountId();
        return (entry, query, cb) -> cb.and(cb.equal(entry.get("authorityId"), authorityId),
                cb.equal(entry.get("subjectId"), me), cb.greaterThanOrEqualTo(entry.get("at"), since));
    }

    /** The authority an entry by the signed-in person belongs to; null for the operator, who has none. */
    Long writersAuthority() {
        return currentUser.require().authorityId();
    }

    /** The authority an access log entry by the signed-in person belongs to; they must have one. */
    long readersAuthority() {
        return currentUser.authorityId();
    }

    /** The authority of an account that signed out, for its logout entry. */
    static Long authorityOf(AppUser account) {
        return account.authorityId();
    }
}
