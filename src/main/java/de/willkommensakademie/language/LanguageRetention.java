package de.willkommensakademie.language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import de.willkommensakademie.base.privacy.PersonCounts;
import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence documents (certificate scans) of language levels: a superseded one never stays, since a level holds one
 * document and a new upload replaces it; those of people who left go six months after the leaving day, while the
 * level itself stays until the person is anonymised. Erasure deletes levels, pool membership and courses.
 */
@Component
class LanguageRetention implements PersonalDataRetention {

    static final String LANGUAGE_EVIDENCE = "language-evidence";

    private final JdbcClient jdbc;

    LanguageRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(LANGUAGE_EVIDENCE, ChronoUnit.MONTHS, 6, 0));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        return PersonCounts.of(jdbc.sql("""
                select l.employee_id, count(*) from language_level l join employee e on e.id = l.employee_id
                where l.authority_id = :authority and l.document_type is not null and e.active = false
                  and e.left_on < :cutOff group by l.employee_id""").param("authority", authorityId)
                .param("cutOff", day(cutOff)));
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        String due = """
                authority_id = :authority and employee_id = :person and document_type is not null
                  and employee_id in (select id from employee where active = false and left_on < :cutOff)""";
        jdbc.sql("delete from language_evidence where level_id in (select id from language_level where " + due + ")")
                .param("authority", authorityId).param("person", personId).param("cutOff", day(cutOff)).update();
        return jdbc.sql("update language_level set document_type = null where " + due).param("authority", authorityId)
                .param("person", personId).param("cutOff", day(cutOff)).update();
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        for (String table : List.of("language_level", "language_pool_member", "language_course")) {
            jdbc.sql("delete from " + table + " where authority_id = :authority and employee_id = :person")
                    .param("authority", authorityId).param("person", personId).update();
        }
        return List.of();
    }

    private static LocalDate day(Instant cutOff) {
        return LocalDate.ofInstant(cutOff, ZoneId.systemDefault());
    }
}
