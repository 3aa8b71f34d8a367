package de.willkommensakademie.scenario;

import de.willkommensakademie.base.RecordNotFoundException;
import de.willkommensakademie.base.UserFacingException;
import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which scenarios the signed-in person's authority sees (the shipped library, its own, and published ones others
 * share) and which it may change (its own, unless archived). Anything else is reported as not found.
 */
@Component
class ScenarioAccess {

    private final ScenarioRepository scenarios;
    private final CurrentUser currentUser;

    ScenarioAccess(ScenarioRepository scenarios, CurrentUser currentUser) {
        this.scenarios = scenarios;
        this.currentUser = currentUser;
    }

    Scenario visible(long id) {
        Scenario scenario = scenarios.findById(id).orElseThrow(() -> new RecordNotFoundException("scenario", id));
        boolean visible = scenario.authorityId() == null || isOwn(scenario)
                || (scenario.isShared() && scenario.isPublished());
        if (!visible) {
            throw new RecordNotFoundException("scenario", id);
        }
        return scenario;
    }

    Scenario editable(long id) {
        Scenario scenario = visible(id);
        if (!isOwn(scenario)) {
            throw new UserFacingException("scenario.error.not-own");
        }
        if (scenario.status() == ScenarioStatus.ARCHIVED) {
            throw new UserFacingException("scenario.error.archived", scenario.key());
        }
        return scenario;
    }

    boolean isOwn(Scenario scenario) {
        return scenario.authorityId() != null && scenario.authorityId() == currentUser.authorityId();
    }
}
