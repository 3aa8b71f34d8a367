package de.willkommensakademie.scenario;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which scenarios the signed-in person's authority sees (the shipped library, its own, and published ones others
 * share) and which it may change (its own, unless archived): the content kernel's rule, read through
 * {@link ScenarioStore}. Anything else is reported as not found.
 */
@Component
class ScenarioAccess {

    private final ScenarioStore store;

    ScenarioAccess(ScenarioStore store) {
        this.store = store;
    }

    Scenario visible(long id) {
        return store.visible(id);
    }

    /** Visible and published: what people of the authority may play. */
    Scenario usable(long id) {
        return store.usable(id);
    }

    /** Every scenario people of the authority may play, by title. */
    List<Scenario> usable() {
        return store.usable();
    }

    Scenario editable(long id) {
        return store.editable(id);
    }

    boolean isOwn(Scenario scenario) {
        return store.isOwn(scenario);
    }
}
