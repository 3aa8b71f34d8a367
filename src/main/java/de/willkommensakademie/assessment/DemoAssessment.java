package de.willkommensakademie.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import de.willkommensakademie.assessment.RoundAnswers.GroupKind;
import de.willkommensakademie.base.DemoMode;
import de.willkommensakademie.learning.Cornerstone;
import de.willkommensakademie.people.EmployeeFacts;
import de.willkommensakademie.people.StaffDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, ABH Musterstadt has three rounds of the shipped questionnaire for the whole authority, two years apart
 * (the rhythm CAF recommends): one that ended four years ago with 16 answers and one that ended two years ago with 18,
 * so results, charts and the change between rounds have something to show, and one that started five days ago and
 * runs three more weeks, answered by 7 so far — not by the demo employee, who can answer it. The answers are drawn
 * from a fixed seed around a level per statement, so every demo start shows the same figures; each newer round stands
 * a little better where the earlier one was weak.
 */
@Component
@Order(50)
class DemoAssessment implements ApplicationRunner {

    static final String QUESTIONNAIRE = "willkommensbehoerde";
    static final int ENDED_RESPONDENTS = 18;
    static final int EARLIER_RESPONDENTS = 16;
    static final int RUNNING_RESPONDENTS = 7;

    private final DemoMode demo;
    private final AssessmentRoundRepository rounds;
    private final ParticipationRepository participations;
    private final RoundCounters counters;
    private final QuestionnaireVersions versions;
    private final StaffDirectory staff;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoAssessment(DemoMode demo,
            AssessmentRoundRepository rounds, ParticipationRepository participations, RoundCounters counters,
            QuestionnaireVersions versions, StaffDirectory staff, JdbcTemplate jdbc, Clock clock) {
        this.demo = demo;
        this.rounds = rounds;
        this.participations = participations;
        this.counters = counters;
        this.versions = versions;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on()) {
            return;
        }
        if (rounds.count() > 0) {
            return;
        }
        Long versionId = versions.newestShipped(QUESTIONNAIRE).orElse(null);
        List<Long> authority = jdbc.queryForList("select authority_id from employee where username = 'employee'",
                Long.class);
        if (versionId == null || authority.isEmpty()) {
            return;
        }
        long authorityId = authority.getFirst();
        long admin = jdbc.queryForObject("select id from employee where username = 'admin'", Long.class);
        // the demo accounts have not answered the running round, so each can try answering
        Set<Long> keepOpen = Set.copyOf(jdbc.queryForList("select id from employee where authority_id = ? and"
                + " username in ('employee', 'admin', 'manager', 'trainer')", Long.class, authorityId));
        QuestionnaireContent content = versions.content(versionId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        List<EmployeeFacts> asked = staff.activeFacts(authorityId).stream()
                .filter(person -> !person.startDate().isAfter(today)).toList();

        LocalDate earlierEndedOn = today.minusYears(4);
        round(authorityId, versionId, content, "Standortbestimmung " + earlierEndedOn.getYear(),
                earlierEndedOn.minusWeeks(4), earlierEndedOn, null, admin, asked, EARLIER_RESPONDENTS, keepOpen, -0.5,
                1411L);
        LocalDate endedOn = today.minusYears(2);
        round(authorityId, versionId, content, "Standortbestimmung " + endedOn.getYear(), endedOn.minusWeeks(4),
                endedOn, null, admin, asked, ENDED_RESPONDENTS, keepOpen, 0.0, 1611L);
        round(authorityId, versionId, content, "Standortbestimmung " + today.getYear(), today.minusDays(5),
                today.plusWeeks(3), today.plusDays(10), admin, asked, RUNNING_RESPONDENTS, keepOpen, 0.5, 2026L);
    }

    /**
     * A round asking {@code asked}, of whom the first {@code respondents} (never the demo accounts in
     * {@code keepOpen}) have answered; {@code progress} raises the current state of the weaker statements.
     */
    private void round(long authorityId, long versionId, QuestionnaireContent content, String title,
            LocalDate startsOn, LocalDate endsOn, LocalDate reminderOn, long startedBy, List<EmployeeFacts> asked,
            int respondents, Set<Long> keepOpen, double progress, long seed) {
        AssessmentRound round = rounds.saveAndFlush(new AssessmentRound(authorityId, versionId, title, true, Set.of(),
                startsOn, endsOn, reminderOn, startedBy, startsOn.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        Map<RoundGroup, Integer> groups = AssessmentRounds.groups(asked);
        List<String> statements = content.statements().stream().map(QuestionnaireContent.Statement::key).toList();
        counters.open(round.getId(), groups, statements);
        Random random = new Random(seed);
        List<Participation> rows = new ArrayList<>();
        int answered = 0;
        for (EmployeeFacts person : asked) {
            Participation participation = new Participation(round.getId(), person.id(), person.teamId(),
                    person.jobRoleId());
            if (answered < respondents && !keepOpen.contains(person.id())) {
                participation.submitted();
                answered++;
                List<RoundGroup> own = new ArrayList<>(List.of(RoundGroup.ALL));
                if (person.teamId() != null) {
                    own.add(new RoundGroup(GroupKind.TEAM, person.teamId()));
                }
                if (person.jobRoleId() != null) {
                    own.add(new RoundGroup(GroupKind.JOB_ROLE, person.jobRoleId()));
                }
                counters.count(round.getId(), own.stream().filter(groups::containsKey).toList(),
                        sheet(content, random, progress));
            }
            rows.add(participation);
        }
        participations.saveAll(rows);
        comments(round.getId(), progress);
    }

    /** One plausible answer sheet: around each statement's level, now and then "cannot judge". */
    private static Map<String, int[]> sheet(QuestionnaireContent content, Random random, double progress) {
        Map<String, int[]> sheet = new LinkedHashMap<>();
        for (QuestionnaireContent.Statement statement : content.statements()) {
            int hash = Math.floorMod(statement.key().hashCode(), 1000);
            double current = 1.8 + (hash % 25) / 10.0;
            double importance = 2.6 + (hash / 25 % 22) / 10.0;
            if (current < 3) {
                current += progress;
            }
            sheet.put(statement.key(), new int[] {value(current, random), value(importance, random)});
        }
        return sheet;
    }

    private static int value(double level, Random random) {
        if (random.nextInt(100) < 6) {
            return AnswerSheet.CANNOT_JUDGE;
        }
        return (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian() * 0.8)));
    }

    private void comments(long roundId, double progress) {
        if (progress < 0) {
            counters.comment(roundId, Cornerstone.SELF_IMAGE, "Was eine Willkommensbehörde sein soll, weiß bei uns"
                    + " kaum jemand.");
            counters.comment(roundId, Cornerstone.ORGANISATION, "Die Warteschlange beginnt morgens um sechs vor der"
                    + " Tür.");
            return;
        }
        if (progress > 0) {
            counters.comment(roundId, Cornerstone.APPEARANCE, "Die neuen Schilder im Wartebereich helfen sehr.");
            counters.comment(roundId, Cornerstone.COMPETENCES, "Die Schulung zu interkultureller Kommunikation war"
                    + " gut, wir brauchen mehr Zeit dafür.");
            return;
        }
        counters.comment(roundId, Cornerstone.SELF_IMAGE, "Ein Leitbild gibt es, aber im Alltag merkt man wenig"
                + " davon.");
        counters.comment(roundId, Cornerstone.ORGANISATION, "Termine gibt es oft erst nach Wochen;"
                + " das belastet uns und die Kundschaft.");
        counters.comment(roundId, Cornerstone.APPEARANCE, "Formulare nur auf Deutsch – wir übersetzen am Schalter"
                + " mit Händen und Füßen.");
        counters.comment(roundId, Cornerstone.COMPETENCES, "Sprachkurse würden wir gern machen, aber es fehlt die"
                + " Vertretung.");
        counters.comment(roundId, Cornerstone.NETWORKING, "Die Zusammenarbeit mit der Migrationsberatung klappt gut.");
    }
}
