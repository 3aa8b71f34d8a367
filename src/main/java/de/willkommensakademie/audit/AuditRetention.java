package de.willkommensakademie.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.privacy.PersonCounts;
import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log (who looked at whose records) is kept 12 months by default, per person it is about; the audit log 24
 * months. Audit entries name people only in free text, so they are not tied to one person: they are due as one group
 * ({@link #NOBODY}). Both logs are the proof that records were handled lawfully, erasure included, so an erasure
 * keeps them for their remaining time and only takes the erased person's name out of the entries about them.
 */
@Component
class AuditRetention implements PersonalDataRetention {

    static final String ACCESS_LOG = "access-log";
    static final String AUDIT_LOG = "audit-log";
    /** The "person" under which entries that belong to no one person are due. */
    static final long NOBODY = 0;

    private final JdbcClient jdbc;

    AuditRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(ACCESS_LOG, ChronoUnit.MONTHS, 12, 6),
                new RetentionType(AUDIT_LOG, ChronoUnit.MONTHS, 24, 12));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        String sql = ACCESS_LOG.equals(type) ? """
                select subject_id, count(*) from access_entry
                where authority_id = :authority and accessed_at < :cutOff group by subject_id"""
                : """
                        select 0, count(*) from audit_entry
                        where authority_id = :authority and occurred_at < :cutOff having count(*) > 0""";
        return PersonCounts.of(jdbc.sql(sql).param("authority", authorityId)
                .param("cutOff", cutOff.atOffset(ZoneOffset.UTC)));
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        if (ACCESS_LOG.equals(type)) {
            return jdbc.sql("delete from access_entry where authority_id = :authority and subject_id = :person"
                    + " and accessed_at < :cutOff").param("authority", authorityId).param("person", personId)
                    .param("cutOff", cutOff.atOffset(ZoneOffset.UTC)).update();
        }
        return jdbc.sql("delete from audit_entry where authority_id = :authority and occurred_at < :cutOff")
                .param("authority", authorityId).param("cutOff", cutOff.atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        long about = jdbc.sql("update access_entry set subject = null where authority_id = :authority"
                + " and subject_id = :person").param("authority", authorityId).param("person", personId).update();
        long by = jdbc.sql("select count(*) from access_entry where authority_id = :authority and actor_id = :person")
                .param("authority", authorityId).param("person", personId).query(Long.class).single();
        return about + by == 0 ? List.of() : List.of(new KeptRecords(ACCESS_LOG, about + by, null));
    }
}
