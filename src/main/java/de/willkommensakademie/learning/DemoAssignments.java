package de.willkommensakademie.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.willkommensakademie.base.DemoMode;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
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
class DemoAssignments implements ApplicationRunner {

    private final DemoMode demo;
    private final AssignmentRepository existing;
    private final LearningModuleRepository modules;
    private final Assignments assignments;
    private final JobRoleService jobRoles;
    private final TeamService teams;
    private final UserDetailsService accounts;
    private final LearningProgressRepository progresses;
    private final ModuleVersionRepository versions;
    private final ModuleCodec codec;
    private final Completions completions;
    private final ModuleStandings standings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoAssignments(DemoMode demo,
            AssignmentRepository existing, LearningModuleRepository modules, Assignments assignments,
            JobRoleService jobRoles, TeamService teams, UserDetailsService accounts,
            LearningProgressRepository progresses, ModuleVersionRepository versions, ModuleCodec codec,
            Completions completions, ModuleStandings standings, ApplicationEventPublisher events, Clock clock) {
        this.demo = demo;
        this.progresses = progresses;
        this.versions = versions;
        this.codec = codec;
        this.completions = completions;
        this.standings = standings;
        this.events = events;
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
        if (!demo.on()) {
            return;
        }
        if (existing.count() > 0 || modules.findByContentKeyAndAuthorityIdIsNull("de-escalation-safety").isEmpty()) {
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
            teamHistory(asylum);
            actAs("admin2");
            long wholeOffice = teams.assignableTeams().getFirst().id();
            assign("welcome-authority", AssignmentTarget.TEAM, wholeOffice, false, null, null);
            assign("networking-referral", AssignmentTarget.TEAM, wholeOffice, true, null, 90);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A past for the team views: the asylum team got the de-escalation training 75 days ago, due 30 days later. Two
     * finished it (one completion runs out within weeks), the others are overdue; one has begun the next training. Completions go
     * through the normal completion event, so their certificates are issued as in real use.
     */
    private void teamHistory(long asylumTeam) {
        long deEscalation = moduleId("de-escalation-safety");
        AppUser trainer = actAs("trainer");
        Instant now = clock.instant();
        existing.save(new Assignment(trainer.authorityId(), AssignedKind.MODULE, deEscalation, AssignmentTarget.TEAM,
                asylumTeam, true, null, null, 30, trainer.getUsername(), now.minus(Duration.ofDays(75))));
        ModuleVersion version = versions.findNewest(List.of(deEscalation)).getFirst();
        ModuleContent content = codec.read(version.content());
        learn("s.fischer", trainer.authorityId(), version, content, now.minus(Duration.ofDays(700)), true);
        learn("l.zimmermann-oberhausen", trainer.authorityId(), version, content, now.minus(Duration.ofDays(20)), true);
        ModuleVersion discretion = versions.findNewest(List.of(moduleId("discretion-transparency-referral")))
                .getFirst();
        learn("d.petrovic", trainer.authorityId(), discretion, codec.read(discretion.content()),
                now.minus(Duration.ofDays(3)), false);
        // the history above was written around the services
        standings.rebuild(trainer.authorityId());
    }

    private void learn(String username, long authorityId, ModuleVersion version, ModuleContent content, Instant at,
            boolean finish) {
        long employeeId = ((AppUser) accounts.loadUserByUsername(username)).accountId();
        LearningProgress progress = new LearningProgress(authorityId, employeeId, version.moduleId(), version.getId(),
                at.minus(Duration.ofDays(2)));
        int lessons = finish ? content.lessons().size() : 2;
        for (int index = 0; index < lessons; index++) {
            if (content.lessons().get(index).type() == LessonType.QUIZ) {
                progress.passQuiz(index);
            } else {
                progress.view(index);
            }
        }
        boolean completed = progress.completeIfDone(content, at);
        progresses.save(progress);
        if (completed) {
            events.publishEvent(completions.of(progress, content));
        }
    }

    private void assign(String key, AssignmentTarget target, long targetId, boolean mandatory, LocalDate due,
            Integer days) {
        assignments.assign(moduleId(key), target, targetId, mandatory, due, days);
    }

    private long moduleId(String key) {
        return modules.findByContentKeyAndAuthorityIdIsNull(key).orElseThrow().getId();
    }

    private long jobRole(String code) {
        return jobRoles.options().stream().filter(option -> option.code().equals(code)).findFirst().orElseThrow()
                .id();
    }

    private AppUser actAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (AppUser) user;
    }
}
