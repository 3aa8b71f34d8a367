package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import de.willkommensakademie.audit.AccessKind;
import de.willkommensakademie.audit.AccessLog;
import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.BackgroundWork;
import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's data export (GDPR Art. 15 and 20): started by the person for themselves or by an administrator for a
 * person of their authority (audited, and recorded in that person's access log), built in the background from every
 * feature's part, and fetched once by whoever asked for it; fetching deletes it, and an export nobody fetches is
 * deleted after a day ({@link ExportCleanup}).
 */
@Service
public class PersonalDataExports {

    private final PrivacyAccess access;
    private final ExportRequestRepository requests;
    private final ExportBuilder builder;
    private final BackgroundWork background;
    private final AuditLog audit;
    private final AccessLog accessLog;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PersonalDataExports(PrivacyAccess access, ExportRequestRepository requests, ExportBuilder builder,
            BackgroundWork background, AuditLog audit, AccessLog accessLog, Clock clock,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.requests = requests;
        this.builder = builder;
        this.background = background;
        this.audit = audit;
        this.accessLog = accessLog;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Starts the signed-in person's export of their own data; answers the export's id for its progress. */
    @PermitAll
    public long startMine() {
        DataSubject me = access.me();
        long id = transaction.execute(status -> create(me));
        background.start(() -> {
            builder.build(id, me);
            return id;
        });
        return id;
    }

    /**
     * Starts the export of a person of the administrator's authority (another authority's person: not found). The
     * audit log and the person's access log record it in the same transaction as the request.
     */
    @RolesAllowed(Role.Name.ADMIN)
    public long startFor(long employeeId) {
        DataSubject person = access.personOfMyAuthority(employeeId);
        long id = transaction.execute(status -> {
            long created = create(person);
            audit.recordDetailed(AuditAction.PERSONAL_DATA_EXPORTED, person.username(),
                    AuditDetails.of("privacy.export.audit-details"));
            accessLog.record(AccessKind.PERSONAL_DATA_EXPORTED, person.employeeId(), null);
            return created;
        });
        background.start(() -> {
            builder.build(id, person);
            return id;
        });
        return id;
    }

    /** How far an export the signed-in person asked for is. */
    @PermitAll
    public ExportProgress progress(long exportId) {
        return transaction.execute(status -> {
            ExportRequest request = access.mine(exportId);
            return new ExportProgress(request.getId(), request.status(), request.doneParts(), request.totalParts(),
                    request.fileName());
        });
    }

    /** Hands out a finished export once and deletes it; a second fetch finds nothing. */
    @PermitAll
    public ExportDownload fetch(long exportId) {
        return transaction.execute(status -> {
            ExportRequest request = access.mine(exportId);
            if (!request.ready()) {
                throw new RecordNotFoundException("Finished export", exportId);
            }
            ExportDownload download = new ExportDownload(request.fileName(), request.archive());
            requests.delete(request);
            return download;
        });
    }

    private long create(DataSubject subject) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        String fileName = "personal-data-" + subject.username() + "-" + today + ".zip";
        return requests.save(new ExportRequest(subject.authorityId(), subject.employeeId(), access.requester(),
                builder.partCount(), fileName, clock.instant())).getId();
    }
}
