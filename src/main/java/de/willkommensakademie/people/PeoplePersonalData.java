package de.willkommensakademie.people;

import java.util.Set;

import de.willkommensakademie.base.privacy.DataSubject;
import de.willkommensakademie.base.privacy.PersonalData;
import de.willkommensakademie.base.privacy.PersonalDataExport;
import de.willkommensakademie.base.privacy.PersonalRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account (without the password hash), its roles, team and job role, and the teams the person leads. Other team
 * members are not named: a team's membership is each member's own record.
 */
@Component
class PeoplePersonalData implements PersonalDataExport {

    private final PersonalRows rows;

    PeoplePersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Employee.class, Team.class);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalData export(DataSubject subject) {
        long id = subject.employeeId();
        long authority = subject.authorityId();
        return PersonalData.builder()
                .records("account", rows.rows("select e.*, t.name as team_name, j.code as job_role_code,"
                        + " j.name_de as job_role_name_de, j.name_en as job_role_name_en from employee e"
                        + " left join team t on t.id = e.team_id left join job_role j on j.id = e.job_role_id"
                        + " where e.id = ? and e.authority_id = ?", id, authority))
                .records("roles", rows.rows("select r.role from employee_role r join employee e on e.id = r.employee_id"
                        + " where e.id = ? and e.authority_id = ? order by r.role", id, authority))
                .records("teamsLed", rows.rows("select t.id, t.name from team t join team_manager m on m.team_id = t.id"
                        + " where m.employee_id = ? and t.authority_id = ? order by t.name", id, authority))
                .build();
    }
}
