package de.willkommensakademie.people;

import java.time.LocalDate;
import java.util.Locale;

/** An active member of a team as team views list them: name, team, job role and start date, nothing more. */
public record TeamMember(long id, long authorityId, String firstName, String lastName, Long teamId, String teamName,
        Long jobRoleId, String jobRoleDe, String jobRoleEn, LocalDate startDate) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** "Last, First", how long lists sort and show people. */
    public String sortName() {
        return lastName + ", " + firstName;
    }

    public String jobRole(Locale locale) {
        return "en".equals(locale.getLanguage()) && jobRoleEn != null && !jobRoleEn.isBlank() ? jobRoleEn : jobRoleDe;
    }

    public EmployeeFacts facts() {
        return new EmployeeFacts(id, authorityId, teamId, jobRoleId, startDate);
    }
}
