package de.willkommensakademie.onboarding;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own checklist and its items. Items of checklists the person supports as buddy or signed off for
 * others belong to those people's exports; who did an item is kept as the stored id.
 */
@Component
class OnboardingPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    OnboardingPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "onboarding";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Checklist.class, ChecklistItem.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        return PersonalData.builder()
                .records("checklists", rows.rows("select * from checklist where employee_id = ? and authority_id = ?"
                        + " order by created_at, id", id, authority))
                .records("items", rows.rows("select i.* from checklist_item i join checklist c on c.id = i.checklist_id"
                        + " where c.employee_id = ? and c.authority_id = ? order by i.checklist_id, i.position, i.id",
                        id, authority))
                .build();
    }
}
