package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.DomainException;
import de.willkommensakademie.base.privacy.PersonalDataRetention.KeptRecords;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.StaffDirectory;
import de.willkommensakademie.people.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request (GDPR Art. 17): an administrator erases a person of the authority with a reason. In one
 * transaction every feature deletes what no law requires to keep (notices, quiz answers and progress, role-play
 * attempts, language levels, courses and evidence, the onboarding checklist, team reminders), the account loses
 * name, e-mail, login, roles and team (so nobody can sign in as the person again), and what must stay is kept with
 * its remaining retention: certificates for the personnel-file period (the public verification then names no
 * holder), the access log entries about and by the person for the access log's period. The audit entry names the
 * person by id only, with the reason.
 */
@Service
public class Erasure {

    /** Longest reason stored in the audit log. */
    public static final int REASON_LENGTH = 500;

    /** What stayed of a type, how many, and until when at the latest. */
    public record Kept(String type, long count, Instant until) {
    }

    /** The erased person as they were called, and what stayed. */
    public record Result(String name, List<Kept> kept) {
    }

    private final RetentionAccess access;
    private final RetentionWorker worker;
    private final RetentionTypes types;
    private final RetentionSettings settings;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock;

    Erasure(RetentionAccess access, RetentionWorker worker, RetentionTypes types, RetentionSettings settings,
            AuditLog audit, StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.access = access;
        this.worker = worker;
        this.types = types;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people of the administrator's authority who can be erased: everyone not erased yet, but themselves. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<EmployeeOption> candidates() {
        long self = access.self();
        return staff.notErased(access.authority()).stream().filter(option -> option.id() != self).toList();
    }

    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public Result erase(long personId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            throw new DomainException("privacy.erasure.error.reason", REASON_LENGTH);
        }
        StaffMember person = access.person(personId);
        if (person.id() == access.self()) {
            throw new DomainException("privacy.erasure.error.self");
        }
        long authority = access.authority();
        Instant now = clock.instant();
        List<KeptRecords> kept = worker.eraseEverywhere(authority, personId, now);
        audit.recordDetailed(AuditAction.PERSON_ERASED, "#" + personId,
                AuditDetails.of("privacy.erasure.audit.erased", why));
        return new Result(person.fullName(), kept.stream().map(record -> new Kept(record.type(), record.count(),
                record.until() != null ? record.until() : until(authority, record.type(), now))).toList());
    }

    /** The erasure is the person's leaving day at the latest, so what counts from leaving is gone by then. */
    private Instant until(long authority, String type, Instant now) {
        RetentionTypes.Registered registered = types.get(type);
        return registered.type().until(now, settings.period(authority, registered.type()), ZoneId.systemDefault());
    }
}
