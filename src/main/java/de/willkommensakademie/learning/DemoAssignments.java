package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.LocalDate;

import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, assigns shipped modules the way a trainer would, so "My learning" has something to show. It acts as
 * the demo trainer and admin through the normal services and their access checks.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoAssignments implements ApplicationRunner {

    private final AssignmentRepository existing;
    private final LearningModuleRepository modules;
    private final Assignments assignments;
    private final JobRoleService jobRoles;
    private final TeamService teams;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoAssignments(AssignmentRepository existing, LearningModuleRepository modules, Assignments assignments,
            JobRoleService jobRoles, TeamService teams, UserDetailsService accounts, Clock clock) {
        this.existing = existing;
        this.modules = modules;
        this.assignments = assignments;
        this.jobRoles = jobRoles;
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (existing.count() > 0 || modules.findByKeyAndAuthorityIdIsNull("de-escalation-safety").isEmpty()) {
            return;
        }
        try {
            actAs("trainer");
            long frontOffice = jobRole("front-office");
            assign("de-escalation-safety", AssignmentTarget.JOB_ROLE, frontOffice, true, null, 14);
            assign("intercultural-communication", AssignmentTarget.JOB_ROLE, frontOffice, true, null, 30);
            // due within the reminder window, so the first start shows a training reminder
            assignments.assign(moduleId("interpreters-plain-language"), AssignmentTarget.JOB_ROLE, frontOffice, false,
                    null, null, 5);
            assign("welcome-authority", AssignmentTarget.JOB_ROLE, jobRole("back-office"), true, null, 60);
            long asylum = teams.assignableTeams().stream().filter(team -> team.name().startsWith("Asyl"))
                    .findFirst().orElseThrow().id();
            assign("discretion-transparency-referral", AssignmentTarget.TEAM, asylum, true,
                    LocalDate.now(clock).plusDays(45), null);
            actAs("admin2");
            long wholeOffice = teams.assignableTeams().getFirst().id();
            assign("welcome-authority", AssignmentTarget.TEAM, wholeOffice, false, null, null);
            assign("networking-referral", AssignmentTarget.TEAM, wholeOffice, true, null, 90);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void assign(String key, AssignmentTarget target, long targetId, boolean mandatory, LocalDate due,
            Integer days) {
        assignments.assign(moduleId(key), target, targetId, mandatory, due, days);
    }

    private long moduleId(String key) {
        return modules.findByKeyAndAuthorityIdIsNull(key).orElseThrow().getId();
    }

    private long jobRole(String code) {
        return jobRoles.options().stream().filter(option -> option.code().equals(code)).findFirst().orElseThrow()
                .id();
    }

    private void actAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
