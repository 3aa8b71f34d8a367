package de.willkommensakademie.onboarding;

import java.time.Instant;
import java.util.List;

import de.willkommensakademie.base.privacy.PersonalDataRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A checklist has no retention of its own: it goes with the person (erasure, or anonymisation after leaving). Where
 * the person was someone else's buddy, that checklist loses its buddy; who ticked an item elsewhere stays as an id
 * of a row that no longer names anybody.
 */
@Component
class OnboardingRetention implements PersonalDataRetention {

    private final JdbcClient jdbc;

    OnboardingRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<KeptRecords> erase(long authorityId, long personId, Instant now) {
        jdbc.sql("""
                delete from checklist_item where checklist_id in
                  (select id from checklist where authority_id = :authority and employee_id = :person)""")
                .param("authority", authorityId).param("person", personId).update();
        jdbc.sql("delete from checklist where authority_id = :authority and employee_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        jdbc.sql("update checklist set buddy_id = null where authority_id = :authority and buddy_id = :person")
                .param("authority", authorityId).param("person", personId).update();
        return List.of();
    }
}
