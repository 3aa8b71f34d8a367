package de.willkommensakademie.assessment;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment rounds a person was asked in, whether they answered, and an unfinished draft if the round still
 * runs. Submitted answers are not theirs to export: they exist only as counters of everyone together.
 */
@Component
class AssessmentPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    AssessmentPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "assessment";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Participation.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        return PersonalData.builder().records("participations", rows.rows("""
                select p.*, r.title as round_title, r.starts_on as round_starts_on, r.ends_on as round_ends_on
                from assessment_participation p join assessment_round r on r.id = p.round_id
                where p.employee_id = ? and r.authority_id = ? order by r.starts_on, p.id""", subject.employeeId(),
                subject.authorityId())).build();
    }
}
