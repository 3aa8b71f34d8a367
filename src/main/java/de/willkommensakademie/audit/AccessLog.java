package de.willkommensakademie.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records who looked at, exported or reminded whose records ("Wer hat meine Daten angesehen"). Called by the service
 * that hands a person's records to someone, after its own access check; it is no service itself because it decides
 * nothing about access. Entries are read through {@link AccessHistory}.
 */
@Component
public class AccessLog {

    private final AccessRepository entries;
    private final AccessSubjects subjects;
    private final CurrentUser currentUser;
    private final AuditAccess access;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AccessLog(AccessRepository entries, AccessSubjects subjects, CurrentUser currentUser, AuditAccess access,
            Clock clock, PlatformTransactionManager transactions) {
        this.access = access;
        this.entries = entries;
        this.subjects = subjects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records that the signed-in person did this about each subject (one row per subject, one batch insert); subjects
     * equal to the signed-in person are skipped (nothing is recorded about looking at one's own data). {@code what} is
     * a short free text such as the module title or "CSV"; may be null. Joins the caller's transaction, so an export
     * and its entries are stored together or not at all; inside a read-only transaction (most reads of a person's
     * records), which cannot write, the entries are written in a transaction of their own.
     */
    public void record(AccessKind kind, Collection<Long> subjectEmployeeIds, String what) {
        Objects.requireNonNull(kind, "kind");
        AppUser actor = currentUser.require();
        Set<Long> others = new LinkedHashSet<>(subjectEmployeeIds);
        others.remove(null);
        others.remove(actor.accountId());
        if (others.isEmpty()) {
            return;
        }
        long authorityId = access.readersAuthority();
        Runnable write = () -> {
            Map<Long, String> names = subjects.names(authorityId, others);
            Instant now = clock.instant();
            entries.saveAll(others.stream().map(subject -> new AccessEntry(now, authorityId, actor.accountId(),
                    actor.displayName(), subject, names.get(subject), kind, what)).toList());
        };
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            write.run();
        } else {
            ownTransaction.executeWithoutResult(status -> write.run());
        }
    }

    /** Records that the signed-in person did this about one subject; see {@link #record(AccessKind, Collection, String)}. */
    public void record(AccessKind kind, long subjectEmployeeId, String what) {
        record(kind, List.of(subjectEmployeeId), what);
    }
}
