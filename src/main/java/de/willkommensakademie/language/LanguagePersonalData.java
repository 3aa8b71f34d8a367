package de.willkommensakademie.language;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's language levels with their evidence documents (as files, named after the level's id and language),
 * their membership of the language pool and their language courses.
 */
@Component
class LanguagePersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    LanguagePersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(LanguageLevel.class, LanguagePoolMember.class, LanguageCourse.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        PersonalData.Builder data = PersonalData.builder()
                .records("levels", rows.rows("select * from language_level where employee_id = ? and authority_id = ?"
                        + " order by language, id", id, authority))
                .records("pool", rows.rows("select * from language_pool_member where employee_id = ?"
                        + " and authority_id = ?", id, authority))
                .records("courses", rows.rows("select * from language_course where employee_id = ? and authority_id = ?"
                        + " order by requested_at, id", id, authority));
        rows.files("language", "select concat('evidence-', l.id, '-', l.language, '.', case l.document_type"
                + " when 'application/pdf' then 'pdf' when 'image/png' then 'png' when 'image/jpeg' then 'jpg'"
                + " else 'bin' end), d.document from language_level l join language_evidence d on d.level_id = l.id"
                + " where l.employee_id = ? and l.authority_id = ? order by l.id", id, authority)
                .forEach(file -> data.file(file.path(), file.content()));
        return data.build();
    }
}
