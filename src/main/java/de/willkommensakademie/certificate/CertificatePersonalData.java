package de.willkommensakademie.certificate;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The person's certificates (revoked ones too, with the reason) and each archived PDF, named after its number. */
@Component
class CertificatePersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    CertificatePersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Certificate.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        PersonalData.Builder data = PersonalData.builder()
                .records("certificates", rows.rows("select * from certificate where employee_id = ? and authority_id = ?"
                        + " order by issued_at, id", id, authority));
        rows.files("certificates", "select concat('certificate-', number, '.pdf'), pdf from certificate"
                + " where employee_id = ? and authority_id = ? order by issued_at, id", id, authority)
                .forEach(file -> data.file(file.path(), file.content()));
        return data.build();
    }
}
