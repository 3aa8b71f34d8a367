package de.willkommensakademie.notice;

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

/** Notices live 90 days from their creation; they only point at records kept elsewhere, so nothing else remains. */
@Component
class NoticeRetention implements PersonalDataRetention {

    static final String NOTICES = "notices";

    private final JdbcClient jdbc;

    NoticeRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RetentionType> retentionTypes() {
        return List.of(new RetentionType(NOTICES, ChronoUnit.DAYS, 90, 30));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        return PersonCounts.of(jdbc.sql("""
                select recipient_id, count(*) from notice
                where authority_id = :authority and created_at < :cutOff group by recipient_id""")
                .param("authority", authorityId).param("cutOff", cutOff.atOffset(ZoneOffset.UTC)));
    }

    @Override
    @Transactional
    public long retire(long authorityId, String type, long personId, Instant cutOff) {
        return jdbc.sql("delete from notice where authority_id = :authority and recipient_id = :person"
                + " and created_at < :cutOff").param("authority", authorityId).param("person", personId)
                .param("cutOff", cutOff.atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        jdbc.sql("delete from notice where authority_id = :authority and recipient_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        return List.of();
    }
}
