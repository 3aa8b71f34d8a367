package de.willkommensakademie.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.privacy.PersonalDataRetention;
import de.willkommensakademie.base.privacy.PersonalDataRetention.KeptRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of work of retention, each in a transaction of its own: one person and one type at a time, so a run that
 * stops halfway leaves every person's records of a type either untouched or gone; the next run reads what is still
 * due from the records and goes on.
 */
@Component
class RetentionWorker {

    /** Who the log and the audit name as actor when no one is signed in. */
    static final String SYSTEM = "system:retention";

    private final RetentionTypes types;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ExportRequestRepository exports;

    RetentionWorker(RetentionTypes types, AuditLog audit, JdbcClient jdbc, ExportRequestRepository exports) {
        this.exports = exports;
        this.types = types;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Retires one person's due records of one type; a whole-person type erases the person in every feature. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long retire(long authority, RetentionTypes.Registered registered, long person, Instant cutOff,
            Instant now) {
        if (!registered.type().wholePerson()) {
            return registered.feature().retire(authority, registered.type().key(), person, cutOff);
        }
        if (registered.feature().due(authority, registered.type().key(), cutOff).containsKey(person)) {
            eraseEverywhere(authority, person, now);
            audit.recordDetailedFor(authority, SYSTEM, AuditAction.PERSON_ERASED, "#" + person,
                    AuditDetails.of("privacy.erasure.audit.left"));
            return 1;
        }
        return 0;
    }

    /**
     * Erases a person in every feature, in the caller's transaction; the feature owning the account goes last, so
     * the others still find the person as they were. Answers what stays.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<KeptRecords> eraseEverywhere(long authority, long person, Instant now) {
        List<KeptRecords> kept = new ArrayList<>();
        types.features().stream().sorted(Comparator.comparing(PersonalDataRetention::retentionTypes,
                Comparator.comparing(list -> list.stream().anyMatch(type -> type.wholePerson()))))
                .forEach(feature -> kept.addAll(feature.erase(authority, person, now)));
        // A data export about the person not fetched yet would keep a copy of everything just erased; this holds for
        // an erasure on request and for people anonymised after leaving alike.
        exports.deleteAboutOrBy(authority, person);
        return kept;
    }

    /** One line of the run log: counts only. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void log(long authority, Instant at, String trigger, String type, int people, long due, long retired) {
        jdbc.sql("""
                insert into retention_run (authority_id, ran_at, trigger_kind, record_type, people, due, retired)
                values (:authority, :at, :trigger, :type, :people, :due, :retired)""")
                .param("authority", authority).param("at", at.atOffset(ZoneOffset.UTC)).param("trigger", trigger)
                .param("type", type).param("people", people).param("due", due).param("retired", retired).update();
    }
}
