package de.willkommensakademie.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.audit.AuditAction;
import de.willkommensakademie.audit.AuditDetails;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.StaffDirectory;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What retention finds due and what it deleted. The daily job ({@link RetentionJob}) runs every authority; in
 * confirmation mode (the default) it only counts, and the authority's administrators see the due records per type
 * with the people concerned and confirm a type; in automatic mode it retires at once. Every run and every
 * confirmation writes one log line per type with counts, never names or content.
 */
@Service
public class RetentionRuns {

    private static final Logger log = LoggerFactory.getLogger(RetentionRuns.class);

    /** What a run is: the daily job counting or deleting, or an administrator's confirmation. */
    enum Trigger {
        COUNTED, AUTOMATIC, CONFIRMED
    }

    /** Due records of one type; {@code people} name who they are about (null name: entries about no one person). */
    public record DueType(String type, long records, List<DuePerson> people) {
    }

    public record DuePerson(long id, String name, long records) {
    }

    /** One line of the run log. */
    public record LogLine(Instant ranAt, String trigger, String type, int people, long due, long retired) {
    }

    /** What one run did per type. */
    record Outcome(String type, int people, long due, long retired) {
    }

    private final RetentionTypes types;
    private final RetentionSettings settings;
    private final RetentionWorker worker;
    private final RetentionAccess access;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionRuns(RetentionTypes types, RetentionSettings settings, RetentionWorker worker, RetentionAccess access,
            StaffDirectory staff, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.types = types;
        this.settings = settings;
        this.worker = worker;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Per type, what is due now in the administrator's authority, with the people concerned. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<DueType> due() {
        long authority = access.authority();
        Instant now = clock.instant();
        List<DueType> due = new ArrayList<>();
        for (RetentionTypes.Registered registered : types.all()) {
            Map<Long, Long> people = dueOf(authority, registered, now);
            Map<Long, String> names = staff.names(authority, people.keySet());
            List<DuePerson> named = people.entrySet().stream().map(entry -> new DuePerson(entry.getKey(),
                    entry.getKey() == 0 ? null : names.getOrDefault(entry.getKey(), ""), entry.getValue()))
                    .toList();
            due.add(new DueType(registered.type().key(), people.values().stream().mapToLong(Long::longValue).sum(),
                    named));
        }
        return due;
    }

    /** Deletes what is due of one type now (each person in a transaction of their own); answers how many went. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional
    public long confirm(String type) {
        RetentionTypes.Registered registered = types.get(type);
        long authority = access.authority();
        Outcome outcome = retire(authority, registered, clock.instant(), Trigger.CONFIRMED);
        audit.recordDetailed(AuditAction.RETENTION_CONFIRMED, type,
                AuditDetails.of("privacy.retention.audit.confirmed", outcome.people(), outcome.retired()));
        return outcome.retired();
    }

    /** The administrator's authority's run log, newest first. */
    @RolesAllowed(Role.Name.ADMIN)
    @Transactional(readOnly = true)
    public List<LogLine> log(int limit) {
        return jdbc.sql("""
                select ran_at, trigger_kind, record_type, people, due, retired from retention_run
                where authority_id = :authority order by ran_at desc, id desc limit :limit""")
                .param("authority", access.authority()).param("limit", limit)
                .query((row, n) -> new LogLine(row.getObject(1, OffsetDateTime.class).toInstant(),
                        row.getString(2), row.getString(3), row.getInt(4), row.getLong(5), row.getLong(6)))
                .list();
    }

    /** The daily run over every authority at {@code now}; one authority's failure does not stop the others. */
    void runAll(Instant now) {
        for (long authority : staff.authorityIds()) {
            try {
                run(authority, now);
            } catch (RuntimeException e) {
                log.error("Retention run of authority {} failed; the next run picks it up", authority, e);
            }
        }
    }

    /** One authority's run: counts everything due and, in automatic mode, retires it. */
    List<Outcome> run(long authority, Instant now) {
        boolean automatic = settings.automatic(authority);
        List<Outcome> outcomes = new ArrayList<>();
        for (RetentionTypes.Registered registered : types.all()) {
            outcomes.add(automatic ? retire(authority, registered, now, Trigger.AUTOMATIC)
                    : count(authority, registered, now));
        }
        return outcomes;
    }

    private Outcome count(long authority, RetentionTypes.Registered registered, Instant now) {
        Map<Long, Long> due = dueOf(authority, registered, now);
        long records = due.values().stream().mapToLong(Long::longValue).sum();
        worker.log(authority, now, Trigger.COUNTED.name(), registered.type().key(), due.size(), records, 0);
        return new Outcome(registered.type().key(), due.size(), records, 0);
    }

    private Outcome retire(long authority, RetentionTypes.Registered registered, Instant now, Trigger trigger) {
        Instant cutOff = cutOff(authority, registered, now);
        Map<Long, Long> due = registered.feature().due(authority, registered.type().key(), cutOff);
        long records = due.values().stream().mapToLong(Long::longValue).sum();
        long retired = 0;
        for (long person : due.keySet()) {
            try {
                retired += worker.retire(authority, registered, person, cutOff, now);
            } catch (RuntimeException e) {
                // That person's records of this type stay whole (their transaction rolled back) and are due again.
                log.error("Retention of {} for person {} in authority {} failed", registered.type().key(), person,
                        authority, e);
            }
        }
        worker.log(authority, now, trigger.name(), registered.type().key(), due.size(), records, retired);
        return new Outcome(registered.type().key(), due.size(), records, retired);
    }

    private Map<Long, Long> dueOf(long authority, RetentionTypes.Registered registered, Instant now) {
        return registered.feature().due(authority, registered.type().key(), cutOff(authority, registered, now));
    }

    private Instant cutOff(long authority, RetentionTypes.Registered registered, Instant now) {
        return registered.type().cutOff(now, settings.period(authority, registered.type()), ZoneId.systemDefault());
    }
}
