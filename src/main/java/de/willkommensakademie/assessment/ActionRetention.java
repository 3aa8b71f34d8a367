package de.willkommensakademie.assessment;

import java.time.Instant;
import java.util.List;

import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions have no retention of their own: they are the authority's plan, not the person's record. When their owner
 * or creator is erased they stay without that person (someone else can be made owner); nothing about the person is
 * kept.
 */
@Component
class ActionRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    ActionRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        jdbc.sql("update assessment_action set owner_id = null where authority_id = :authority and owner_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        jdbc.sql("""
                update assessment_action set created_by = null
                where authority_id = :authority and created_by = :person""")
                .param("authority", authorityId).param("person", personId).update();
        return List.of();
    }
}
