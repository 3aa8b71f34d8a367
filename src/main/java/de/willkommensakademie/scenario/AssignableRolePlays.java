package de.willkommensakademie.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.learning.AssignableContent;
import de.willkommensakademie.learning.AssignedKind;
import de.willkommensakademie.learning.ContentTitle;
import de.willkommensakademie.learning.ProgressFact;
import de.willkommensakademie.learning.ProgressFacts;
import org.springframework.stereotype.Component;

/**
 * Role-plays as assignable content, with the same rules as modules. Done means an ending was reached in any attempt,
 * whatever the outcome; started and never finished means in progress. Nothing else of an attempt leaves here.
 */
@Component
class AssignableRolePlays implements AssignableContent {

    private final ScenarioAccess access;
    private final ScenarioRepository scenarios;
    private final ScenarioAttemptRepository attempts;

    AssignableRolePlays(ScenarioAccess access, ScenarioRepository scenarios, ScenarioAttemptRepository attempts) {
        this.access = access;
        this.scenarios = scenarios;
        this.attempts = attempts;
    }

    @Override
    public AssignedKind kind() {
        return AssignedKind.ROLE_PLAY;
    }

    @Override
    public void requireAssignable(long contentId) {
        if (!access.visible(contentId).isPublished()) {
            throw new UserFacingException("assignment.error.not-published");
        }
    }

    @Override
    public Map<Long, ContentTitle> titles(Collection<Long> contentIds) {
        return contentIds.isEmpty() ? Map.of() : scenarios.findAllById(contentIds).stream().collect(Collectors.toMap(
                Scenario::getId, scenario -> new ContentTitle(scenario.titleDe(), scenario.titleEn(),
                        scenario.isPublished())));
    }

    @Override
    public List<ProgressFact> progress(long authorityId, Collection<Long> employeeIds, Collection<Long> contentIds) {
        if (employeeIds.isEmpty() || contentIds.isEmpty()) {
            return List.of();
        }
        ProgressFacts.requireListable(employeeIds);
        // one fact per person and role-play already
        return attempts.findFacts(authorityId, contentIds, employeeIds).stream().map(AssignableRolePlays::fact)
                .toList();
    }

    /** The attempts' facts are one per person and role-play already, and few: the same read as {@link #progress}. */
    @Override
    public List<ProgressFact> assignedProgress(long authorityId, Collection<Long> employeeIds,
            Collection<Long> contentIds) {
        return progress(authorityId, employeeIds, contentIds);
    }

    @Override
    public List<ProgressFact> assignedProgress(long authorityId) {
        return attempts.findAssignedFacts(authorityId).stream().map(AssignableRolePlays::fact).toList();
    }

    private static ProgressFact fact(AttemptFact attempt) {
        return new ProgressFact(attempt.employeeId(), attempt.scenarioId(), attempt.lastStartedAt(),
                attempt.firstCompletedAt(), null);
    }
}
