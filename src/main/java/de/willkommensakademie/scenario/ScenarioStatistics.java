package de.willkommensakademie.scenario;

import java.util.List;
import java.util.Map;

import de.willkommensakademie.visibility.PeopleCount;

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

    /**
     * How many people in the manager's teams finished a scenario, and, only where the visibility rules let managers
     * see results, how many reached each kind of ending; never who chose what. Counts are as the rules show them.
     */
    public record TeamOutcome(long scenarioId, String titleDe, String titleEn, PeopleCount finished,
            Map<ScenarioContent.Outcome, PeopleCount> byOutcome) {
    }

    /** The manager's table: one row per playable scenario; {@code outcomesShown} false means no ending columns. */
    public record TeamOutcomes(boolean outcomesShown, List<TeamOutcome> rows) {
    }
}
