package de.willkommensakademie.audit;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access-log entries about the person (who looked at, exported or reminded their records) and by the person (whose
 * records they handled: the record names that person, as the log does for administrators), and audit entries the
 * person caused or that name them as their target (the audit log names people by username).
 */
@Component
class AuditPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    AuditPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(AccessEntry.class, AuditEntry.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        return PersonalData.builder()
                .records("accessAbout", rows.rows("select * from access_entry where subject_id = ? and authority_id = ?"
                        + " order by accessed_at, id", id, authority))
                .records("accessBy", rows.rows("select * from access_entry where actor_id = ? and authority_id = ?"
                        + " order by accessed_at, id", id, authority))
                .records("auditAbout", rows.rows("select * from audit_entry where target = ? and authority_id = ?"
                        + " order by occurred_at, id", subject.username(), authority))
                .records("auditBy", rows.rows("select * from audit_entry where actor = ? and authority_id = ?"
                        + " order by occurred_at, id", subject.username(), authority))
                .build();
    }
}
