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
        // one read for the records and the PDFs, each PDF read once
        PersonalRows.RowsWithFiles certificates = rows.rowsWithFiles("certificates", "pdf",
                row -> "certificate-" + row.get("number") + ".pdf",
                "select * from certificate where employee_id = ? and authority_id = ? order by issued_at, id",
                subject.employeeId(), subject.authorityId());
        PersonalData.Builder data = PersonalData.builder().records("certificates", certificates.rows());
        certificates.files().forEach(file -> data.file(file.path(), file.content()));
        return data.build();
    }
}
