package de.willkommensakademie.assessment;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's actions the person owns or created, with the statements they address. Who else is named (the
 * owner of an action they created) stays as the stored id.
 */
@Component
class ActionPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    ActionPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(AssessmentAction.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        return PersonalData.builder()
                .records("actions", rows.rows("select * from assessment_action where authority_id = ?"
                        + " and (owner_id = ? or created_by = ?) order by created_at, id", authority, id, id))
                .records("statements", rows.rows("select s.* from assessment_action_statement s"
                        + " join assessment_action a on a.id = s.action_id where a.authority_id = ?"
                        + " and (a.owner_id = ? or a.created_by = ?) order by s.action_id, s.statement_key",
                        authority, id, id))
                .build();
    }
}
