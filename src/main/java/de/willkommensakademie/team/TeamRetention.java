package de.willkommensakademie.team;

import java.time.Instant;
import java.util.List;

import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders sent to a person from the team matrix and the record of a manager's weekly digests have no retention of
 * their own (they only say a reminder or digest was sent): they go with the person.
 */
@Component
class TeamRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    TeamRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        jdbc.sql("delete from team_reminder where authority_id = :authority and employee_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        jdbc.sql("delete from manager_digest_run where employee_id = :person").param("person", personId).update();
        return List.of();
    }
}
