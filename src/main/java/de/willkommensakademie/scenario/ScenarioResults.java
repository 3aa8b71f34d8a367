package de.willkommensakademie.scenario;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.security.CurrentUser;
import de.willkommensakademie.base.security.Role;
import de.willkommensakademie.people.EmployeeOption;
import de.willkommensakademie.people.ManagedStaff;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What others may learn about role-play attempts: trainers see choice and ending counts from five different
 * players on; managers see how many of their teams' people finished, by outcome. Nobody else's transcript or
 * reflection is ever returned.
 */
@Service
public class ScenarioResults {

    public static final int MIN_PLAYERS = 5;

    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final ScenarioAttemptRepository attempts;
    private final ScenarioCodec codec;
    private final ScenarioAccess access;
    private final ManagedStaff employees;
    private final CurrentUser currentUser;

    ScenarioResults(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioAttemptRepository attempts, ScenarioCodec codec,
            ScenarioAccess access, ManagedStaff employees, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.versions = versions;
        this.attempts = attempts;
        this.codec = codec;
        this.access = access;
        this.employees = employees;
        this.currentUser = currentUser;
    }

    /**
     * Counts for the newest published version (choice numbers mean something only within one version), over the
     * attempts of the trainer's authority.
     */
    @RolesAllowed(Role.Name.TRAINER)
    @Transactional(readOnly = true)
    public ScenarioStatistics statistics(long scenarioId) {
        long authorityId = currentUser.authorityId();
        Scenario scenario = access.visible(scenarioId);
        ScenarioVersion version = versions.findByContentIdAndNumber(scenarioId, scenario.publishedVersion())
                .orElseThrow(() -> new RecordNotFoundException("scenario version", scenarioId));
        ScenarioContent content = codec.read(version.content());
        List<ScenarioAttempt> played = attempts.findByAuthorityIdAndScenarioVersionId(authorityId, version.getId());
        Set<Long> players = new HashSet<>();
        played.forEach(attempt -> players.add(attempt.employeeId()));
        if (players.size() < MIN_PLAYERS) {
            return new ScenarioStatistics(scenarioId, version.number(), content, players.size(), Map.of(), Map.of());
        }
        Map<String, Map<Integer, Long>> choices = new TreeMap<>();
        Map<String, Long> endings = new TreeMap<>();
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
        return new ScenarioStatistics(scenarioId, version.number(), content, players.size(), choices, endings);
    }

    @RolesAllowed(Role.Name.MANAGER)
    @Transactional(readOnly = true)
    public List<ScenarioStatistics.TeamOutcome> myTeamsOutcomes() {
        Set<Long> members = new HashSet<>();
        employees.assignableEmployees().stream().map(EmployeeOption::id).forEach(members::add);
        List<ScenarioAttempt> finished = attempts.findByAuthorityIdAndCompletedAtNotNull(currentUser.authorityId())
                .stream().filter(attempt -> members.contains(attempt.employeeId())).toList();
        return scenarios.findUsable(currentUser.authorityId()).stream().map(scenario -> {
            Map<ScenarioContent.Outcome, Long> byOutcome = new EnumMap<>(ScenarioContent.Outcome.class);
            Set<Long> people = new HashSet<>();
            finished.stream().filter(attempt -> attempt.scenarioId() == scenario.getId()).forEach(attempt -> {
                people.add(attempt.employeeId());
                byOutcome.merge(attempt.outcome(), 1L, Long::sum);
            });
            return new ScenarioStatistics.TeamOutcome(scenario.getId(), scenario.titleDe(), scenario.titleEn(),
                    people.size(), byOutcome);
        }).toList();
    }
}
