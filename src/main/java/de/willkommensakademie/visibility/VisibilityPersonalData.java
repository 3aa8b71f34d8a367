package de.willkommensakademie.visibility;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The authority's visibility preset where the person was the one who last changed it (it stores their name). */
@Component
class VisibilityPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    VisibilityPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "visibility";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(VisibilitySetting.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        return PersonalData.builder()
                .records("presetChanges", rows.rows("select * from visibility_setting where changed_by_id = ?"
                        + " and authority_id = ?", subject.employeeId(), subject.authorityId()))
                .build();
    }
}
