package de.willkommensakademie.team;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders sent to the person from the team progress pages and, for managers, the days their weekly digest was
 * last sent. Reminders the person sent to others belong to those people's exports (and show in the access log).
 */
@Component
class TeamPersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    TeamPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "team";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(TeamReminder.class, ManagerDigestRun.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        return PersonalData.builder()
                .records("reminders", rows.rows("select * from team_reminder where employee_id = ? and authority_id = ?"
                        + " order by sent_at, id", id, subject.authorityId()))
                // the run has no authority column of its own; the person was checked to belong to the authority
                .records("digestRuns", rows.rows("select * from manager_digest_run where employee_id = ?", id))
                .build();
    }
}
