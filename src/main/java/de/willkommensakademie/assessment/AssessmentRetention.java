package de.willkommensakademie.assessment;

import java.time.Instant;
import java.util.List;

import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participations go with the person: erasure deletes them (the counters they added to stay, they name nobody). Rounds
 * the person started forget who started them.
 */
@Component
class AssessmentRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    AssessmentRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        jdbc.sql("""
                delete from assessment_participation where employee_id = :person
                  and round_id in (select id from assessment_round where authority_id = :authority)""")
                .param("authority", authorityId).param("person", personId).update();
        jdbc.sql("update assessment_round set started_by_id = null where authority_id = :authority"
                + " and started_by_id = :person").param("authority", authorityId).param("person", personId).update();
        return List.of();
    }
}
