package de.willkommensakademie.scenario;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.ManagedStaff;
import de.willkommensakademie.visibility.PeopleCount;
import de.willkommensakademie.visibility.VisibilityRules;
import de.willkommensakademie.visibility.VisibilityRules.Record;
import de.willkommensakademie.visibility.VisibilityRules.Sight;
import de.willkommensakademie.visibility.VisibilitySettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What others may learn about role-play attempts: trainers see choice and ending counts from five different
 * players on; managers see how many of their teams' people finished, by outcome. Nobody else's transcript or
 * reflection is ever returned.
 */
@Service
public class ScenarioResults {

    /** Trainers' statistics follow the same rule as every count of people: {@link VisibilityRules#MIN_GROUP}. */
    public static final int MIN_PLAYERS = VisibilityRules.MIN_GROUP;

    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final ScenarioAttemptRepository attempts;
    private final ScenarioCodec codec;
    private final ScenarioAccess access;
    private final ManagedStaff employees;
    private final VisibilitySettings visibility;
    private final ScenarioTallies tallies;

    ScenarioResults(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioAttemptRepository attempts, ScenarioCodec codec,
            ScenarioAccess access, ManagedStaff employees, VisibilitySettings visibility, ScenarioTallies tallies) {
        this.tallies = tallies;
        this.visibility = visibility;
        this.scenarios = scenarios;
        this.versions = versions;
        this.attempts = attempts;
        this.codec = codec;
        this.access = access;
        this.employees = employees;
    }

    /**
     * Counts for the newest published version (choice numbers mean something only within one version), over the
     * attempts of the trainer's authority.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public ScenarioStatistics statistics(long scenarioId) {
        Scenario scenario = access.visible(scenarioId);
        ScenarioVersion version = versions.findByContentIdAndNumber(scenarioId, scenario.publishedVersion())
                .orElseThrow(() -> new RecordNotFoundException("scenario version", scenarioId));
        ScenarioContent content = codec.read(version.content());
        List<ScenarioAttempt> played = attempts.findAll(access.authorityAttempts().and(ofVersion(version.getId())));
        Set<Long> players = new HashSet<>();
        played.forEach(attempt -> players.add(attempt.employeeId()));
        // Transcripts cleared and attempts deleted by retention or erasure left their counts behind.
        ScenarioTallies.Counted counted = tallies.read(access.countsAuthority(), version.getId());
        long playerCount = players.size() + counted.players();
        if (playerCount < MIN_PLAYERS) {
            return new ScenarioStatistics(scenarioId, version.number(), content, playerCount, Map.of(), Map.of());
        }
        Map<String, Map<Integer, Long>> choices = counted.choices();
        Map<String, Long> endings = counted.endings();
        for (ScenarioAttempt attempt : played) {
            for (TranscriptEntry entry : codec.transcript(attempt.transcript())) {
                if (entry.choice() != null) {
                    choices.computeIfAbsent(entry.node(), node -> new TreeMap<>()).merge(entry.choice(), 1L, Long::sum);
                }
            }
            if (attempt.ending() != null) {
                endings.merge(attempt.ending(), 1L, Long::sum);
            }
        }
        return new ScenarioStatistics(scenarioId, version.number(), content, playerCount, choices, endings);
    }

    /**
     * Per playable scenario, how many people of the manager's teams finished it, as the authority's preset lets
     * managers see it: finishing a role-play is practice status ({@link Record#ROLE_PLAY_STATUS}, counts from five
     * people), and how the endings came out is a result ({@link Record#SCORES}), which managers see only if the rules
     * ever allow it, then also as counts of people.
     */
    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public ScenarioStatistics.TeamOutcomes myTeamsOutcomes() {
        Sight finishing = visibility.managerSight(Record.ROLE_PLAY_STATUS);
        Sight results = visibility.managerSight(Record.SCORES);
        List<Long> members = employees.assignableEmployees().stream().map(EmployeeOption::id).toList();
        // only the teams' rows, without transcripts: the authority's other attempts are never read
        List<FinishedBy> finished = members.isEmpty() ? List.of()
                : attempts.findFinishedBy(access.countsAuthority(), members);
        List<ScenarioStatistics.TeamOutcome> rows = access.usable().stream()
                .map(scenario -> {
                    Map<ScenarioContent.Outcome, Set<Long>> peopleByOutcome = new EnumMap<>(
                            ScenarioContent.Outcome.class);
                    Set<Long> people = new HashSet<>();
                    finished.stream().filter(row -> row.scenarioId() == scenario.getId()).forEach(row -> {
                        people.add(row.employeeId());
                        peopleByOutcome.computeIfAbsent(row.outcome(), outcome -> new HashSet<>())
                                .add(row.employeeId());
                    });
                    Map<ScenarioContent.Outcome, PeopleCount> byOutcome = new EnumMap<>(
                            ScenarioContent.Outcome.class);
                    if (results != Sight.NOTHING) {
                        for (ScenarioContent.Outcome outcome : ScenarioContent.Outcome.values()) {
                            byOutcome.put(outcome, PeopleCount.of(results,
                                    peopleByOutcome.getOrDefault(outcome, Set.of()).size()));
                        }
                    }
                    return new ScenarioStatistics.TeamOutcome(scenario.getId(), scenario.titleDe(),
                            scenario.titleEn(), PeopleCount.of(finishing, people.size()), byOutcome);
                }).toList();
        return new ScenarioStatistics.TeamOutcomes(results != Sight.NOTHING, rows);
    }

    private static Specification<ScenarioAttempt> ofVersion(long scenarioVersionId) {
        return (root, query, cb) -> cb.equal(root.get("scenarioVersionId"), scenarioVersionId);
    }
}
