package de.willkommensakademie.scenario;

import java.util.Map;

/**
 * How often each choice was taken and each ending reached in one published version, counted over the attempts of the
 * trainer's authority. The counts stay empty unless at least {@link ScenarioResults#MIN_PLAYERS} different people
 * played that version.
 */
public record ScenarioStatistics(long scenarioId, int versionNumber, ScenarioContent content, long players,
        Map<String, Map<Integer, Long>> choices, Map<String, Long> endings) {

    public boolean shown() {
        return !endings.isEmpty() || !choices.isEmpty();
    }

    /** How many people in the manager's teams finished a scenario, by outcome; never who chose what. */
    public record TeamOutcome(long scenarioId, String titleDe, String titleEn, long finished,
            Map<ScenarioContent.Outcome, Long> byOutcome) {
    }
}
