package de.willkommensakademie.notice;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The notices addressed to the person, read or not. */
@Component
class NoticePersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    NoticePersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "notice";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Notice.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        return PersonalData.builder()
                .records("notices", rows.rows("select * from notice where recipient_id = ? and authority_id = ?"
                        + " order by created_at, id", subject.employeeId(), subject.authorityId()))
                .build();
    }
}
