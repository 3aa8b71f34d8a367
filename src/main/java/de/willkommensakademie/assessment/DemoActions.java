package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.willkommensakademie.base.DemoMode;
import de.willkommensakademie.learning.AssignmentTarget;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.TeamOption;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, a few actions from the newest ended demo round (and one, done, from the earliest) of the self-assessment, made the way the demo administrator
 * and manager would, through {@link ActionPlan} and its checks: one assigns the linked module to the manager's team in
 * the same step. Runs after the demo rounds ({@code DemoAssessment}); does nothing when there is no ended round or
 * the plan already has actions.
 */
@Component
@Order(60)
class DemoActions implements ApplicationRunner {

    private static final Set<String> DEMO_STATEMENTS = Set.of("ko-interkulturell-geschult",
            "ae-formulare-mehrsprachig", "ae-einfache-sprache", "bo-wartezeit", "sb-leitbild-gemeinsam");

    private final DemoMode demo;
    private final ActionPlan plan;
    private final AssessmentActionRepository actions;
    private final UserDetailsService accounts;
    private final Clock clock;

    DemoActions(DemoMode demo,
            ActionPlan plan, AssessmentActionRepository actions, UserDetailsService accounts, Clock clock) {
        this.demo = demo;
        this.plan = plan;
        this.actions = actions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        if (actions.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            actAs("manager");
            List<RoundOption> endedRounds = plan.rounds().stream()
                    .filter(round -> round.endsOn().isBefore(today))
                    .sorted(Comparator.comparing(RoundOption::startsOn).reversed()).toList();
            if (endedRounds.isEmpty()) {
                return;
            }
            long round = endedRounds.getFirst().id();
            Set<String> statements = plan.questionnaire(round).statements().stream()
                    .map(QuestionnaireContent.Statement::key).collect(Collectors.toSet());
            if (!statements.containsAll(DEMO_STATEMENTS)) {
                return; // an adapted questionnaire without the shipped statements: no demo actions
            }
            long manager = me("manager");
            // the manager's first team (by name) gets the module the statement names, in the same step
            Optional<TeamOption> team = plan.teamChoices().stream().findFirst();
            plan.create(new ActionDraft(round, "Interkulturelle Schulung für das Team", Cornerstone.COMPETENCES,
                    Set.of("ko-interkulturell-geschult"), manager, today.plusWeeks(6),
                    team.map(TeamOption::id).orElse(null), "Aus dem Workshop nach der Standortbestimmung"),
                    team.map(chosen -> new AssignRequest(AssignmentTarget.TEAM, chosen.id(), true)).orElse(null));

            actAs("admin");
            long admin = me("admin");
            plan.create(new ActionDraft(round, "Formulare und Schilder mehrsprachig und in einfacher Sprache",
                    Cornerstone.APPEARANCE, Set.of("ae-formulare-mehrsprachig", "ae-einfache-sprache"), admin,
                    today.plusMonths(4), null, null), null);
            long waiting = plan.create(new ActionDraft(round, "Wartezeiten am Schalter messen und veröffentlichen",
                    Cornerstone.ORGANISATION, Set.of("bo-wartezeit"), manager, today.plusWeeks(3), null, null), null);
            plan.changeStatus(waiting, plan.load(waiting).version(), ActionStatus.IN_PROGRESS);
            if (endedRounds.size() > 1) {
                // done after the earliest round, so the next round's results show it beside its statement
                long missionStatement = plan.create(new ActionDraft(endedRounds.getLast().id(),
                        "Leitbild-Workshops mit allen Teams", Cornerstone.SELF_IMAGE, Set.of("sb-leitbild-gemeinsam"),
                        admin, today.plusWeeks(2), null, null), null);
                plan.changeStatus(missionStatement, plan.load(missionStatement).version(), ActionStatus.DONE);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long me(String username) {
        return plan.ownerChoices().stream().filter(option -> option.username().equals(username)).findFirst()
                .orElseThrow().id();
    }

    private void actAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
