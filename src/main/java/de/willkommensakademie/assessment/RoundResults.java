package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import de.willkommensakademie.assessment.RoundAnswers.GroupAnswers;
import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.Text;
import de.willkommensakademie.base.i18n.Translations;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.JobRoleOption;
import de.willkommensakademie.people.JobRoleService;
import de.willkommensakademie.people.TeamOption;
import de.willkommensakademie.people.TeamService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results for admins and managers: who may see the round is {@link AssessmentRounds}' rule (another
 * authority's round or one outside a manager's reach reads as not found). Admins see every group with at least 5
 * respondents; managers see job roles likewise but teams only where they lead them. Figures exist only once the round
 * has ended, so nobody can watch them move after a colleague hands in; nothing before 5 respondents.
 */
@Service
public class RoundResults {

    private final AssessmentRounds rounds;
    private final Questionnaires questionnaires;
    private final TeamService teams;
    private final JobRoleService jobRoles;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;

    RoundResults(AssessmentRounds rounds, Questionnaires questionnaires, TeamService teams, JobRoleService jobRoles,
            CurrentUser currentUser, Translations translations, Clock clock) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.teams = teams;
        this.jobRoles = jobRoles;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public RoundReport report(long roundId) {
        RoundInfo round = rounds.round(roundId);
        QuestionnaireContent content = questionnaires.version(round.questionnaireVersionId());
        boolean ended = round.status() == RoundStatus.ENDED;
        if (!ended) {
            RoundFigures counts = new RoundFigures(round.asked(), round.respondents(), List.of(), List.of(),
                    List.of(), List.of());
            return report(round, content, false, counts, null);
        }
        RoundAnswers answers = rounds.answers(roundId);
        RoundFigures figures = ResultsStatistics.figures(content, answers, mayBreakDown(), groupNames());
        RoundChange change = figures.shown() ? rounds.previousComparable(roundId)
                .map(previous -> ResultsStatistics.change(content, answers,
                        questionnaires.version(previous.questionnaireVersionId()), rounds.answers(previous.id()),
                        previous.id(), previous.title()))
                .orElse(null) : null;
        return report(round, content, true, figures, change);
    }

    /** The report as an accessible, archivable PDF in the reader's language. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public byte[] pdf(long roundId, Locale locale) {
        Locale language = Translations.supported(locale);
        return ResultsPdf.render(report(roundId), format(language), LocalDate.now(clock));
    }

    /** The aggregated figures as CSV in the reader's language (no per-person data exists to export). */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.MANAGER})
    @Transactional(readOnly = true)
    public byte[] csv(long roundId, Locale locale) {
        Locale language = Translations.supported(locale);
        return ResultsCsv.write(report(roundId), language,
                (key, arguments) -> translations.getTranslation(key, language, arguments));
    }

    private ResultsFormat format(Locale language) {
        return new ResultsFormat(language, (key, arguments) -> translations.getTranslation(key, language, arguments));
    }

    private static RoundReport report(RoundInfo round, QuestionnaireContent content, boolean ended,
            RoundFigures figures, RoundChange change) {
        return new RoundReport(round.id(), round.title(), round.startsOn(), round.endsOn(), ended, content.title(),
                content.defaultLanguage(), figures, change);
    }

    /** Job roles for everyone who may see the round; teams for admins, and for managers only the teams they lead. */
    private Predicate<GroupAnswers> mayBreakDown() {
        if (currentUser.require().hasRole(Role.ADMIN)) {
            return group -> true;
        }
        Set<Long> led = teams.myTeamOptions().stream().map(TeamOption::id).collect(Collectors.toSet());
        return group -> group.kind() == GroupKind.JOB_ROLE || led.contains(group.groupId());
    }

    private Function<GroupAnswers, Text> groupNames() {
        Map<Long, String> teamNames = teams.options().stream()
                .collect(Collectors.toMap(TeamOption::id, TeamOption::name));
        Map<Long, JobRoleOption> roles = jobRoles.options().stream()
                .collect(Collectors.toMap(JobRoleOption::id, Function.identity()));
        return group -> {
            if (group.kind() == GroupKind.TEAM) {
                String name = teamNames.getOrDefault(group.groupId(), "#" + group.groupId());
                return Text.of(name, name);
            }
            JobRoleOption role = roles.get(group.groupId());
            return role == null ? Text.of("#" + group.groupId(), "#" + group.groupId())
                    : Text.of(role.nameDe(), role.nameEn());
        };
    }
}
