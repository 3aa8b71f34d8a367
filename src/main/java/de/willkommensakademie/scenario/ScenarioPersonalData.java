package de.willkommensakademie.scenario;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The person's role-play attempts with their transcripts, endings and reflections. */
@Component
class ScenarioPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    ScenarioPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "scenario";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(ScenarioAttempt.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        return PersonalData.builder()
                .records("attempts", rows.rows("select a.*, s.title_de as scenario_title_de,"
                        + " s.title_en as scenario_title_en from scenario_attempt a"
                        + " left join scenario s on s.id = a.scenario_id where a.employee_id = ? and a.authority_id = ?"
                        + " order by a.started_at, a.id", subject.employeeId(), subject.authorityId()))
                .build();
    }
}
