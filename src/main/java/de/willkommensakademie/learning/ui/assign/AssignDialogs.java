package de.willkommensakademie.learning.ui.assign;

import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.Assignments;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.people.TeamService;
import org.springframework.stereotype.Component;

/**
 * Opens the assign dialog for a module or a role-play, so every library screen offers the same dialog with the same
 * rules. Who may pick what is decided by {@link Assignments}; the dialog only leaves out what the person cannot use.
 */
@Component
public class AssignDialogs {

    private final Assignments assignments;
    private final ManagedStaff employees;
    private final TeamService teams;
    private final JobRoleService jobRoles;
    private final CurrentUser currentUser;

    AssignDialogs(Assignments assignments, ManagedStaff employees, TeamService teams, JobRoleService jobRoles,
            CurrentUser currentUser) {
        this.assignments = assignments;
        this.employees = employees;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.currentUser = currentUser;
    }

    /** Opens the dialog for one published item, titled in the reader's language. */
    public AssignDialog open(AssignedKind kind, long contentId, String title) {
        AppUser user = currentUser.require();
        // job roles reach future staff too, so only trainers and admins assign to them (as the service checks)
        boolean trainerOrAdmin = user.hasRole(Role.TRAINER) || user.hasRole(Role.ADMIN);
        AssignDialog dialog = new AssignDialog(kind, contentId, title, assignments, employees, teams, jobRoles,
                trainerOrAdmin);
        dialog.open();
        return dialog;
    }
}
