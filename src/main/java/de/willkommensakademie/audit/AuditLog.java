package de.willkommensakademie.audit;

import java.time.Clock;
import java.util.List;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what to whom, and when. Writing joins the caller's transaction, so an action and its entry are stored
 * together or not at all; failed logins are written on their own because no transaction surrounds them.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in person within their authority. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String details) {
        var user = currentUser.require();
        entries.save(new AuditEntry(clock.instant(), user.authorityId(), user.getUsername(), action, target, details));
    }

    /** Records an action where the actor is known by name only (logins, system jobs). */
    @Transactional
    public void recordFor(Long authorityId, String actor, AuditAction action, String target, String details) {
        entries.save(new AuditEntry(clock.instant(), authorityId, actor, action, target, details));
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRecord> find(AuditAction action, Pageable pageable) {
        return entries.findForAuthority(currentUser.authorityId(), action, pageable).stream()
                .map(AuditEntry::toRecord).toList();
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUser user) {
            recordFor(user.authorityId(), user.getUsername(), AuditAction.LOGOUT, user.getUsername(), null);
        }
    }
}
