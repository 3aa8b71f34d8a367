package de.willkommensakademie.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Certificates belong in the personnel file: they stay after the holder left for the personnel-file period (five
 * years by default, counted from the leaving day), then they are deleted with their PDF. An erasure keeps them for
 * that period too (the employer must keep them), but from then on the public verification names no holder.
 */
@Component
class CertificateRetention implements PersonalDataRetention {

    static final String CERTIFICATES = "certificates";

    private final JdbcClient jdbc;

    CertificateRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(CERTIFICATES, ChronoUnit.MONTHS, 60, 36));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        return PersonCounts.of(jdbc.sql("""
                select c.employee_id, count(*) from certificate c join employee e on e.id = c.employee_id
                where c.authority_id = :authority and e.active = false and e.left_on < :cutOff
                group by c.employee_id""").param("authority", authorityId).param("cutOff", day(cutOff)));
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        return jdbc.sql("""
                delete from certificate where authority_id = :authority and employee_id = :person
                  and employee_id in (select id from employee where active = false and left_on < :cutOff)""")
                .param("authority", authorityId).param("person", personId).param("cutOff", day(cutOff)).update();
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        long kept = jdbc.sql("""
                update certificate set holder_erased_at = :now
                where authority_id = :authority and employee_id = :person and holder_erased_at is null""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("authority", authorityId)
                .param("person", personId).update();
        long all = jdbc.sql("select count(*) from certificate where authority_id = :authority and employee_id = :person")
                .param("authority", authorityId).param("person", personId).query(Long.class).single();
        return all == 0 && kept == 0 ? List.of() : List.of(new KeptRecords(CERTIFICATES, all, null));
    }

    private static LocalDate day(Instant cutOff) {
        return LocalDate.ofInstant(cutOff, ZoneId.systemDefault());
    }
}
