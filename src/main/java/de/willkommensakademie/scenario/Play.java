package de.willkommensakademie.scenario;

import java.util.List;

import de.willkommensakademie.base.Text;

/**
 * Where one attempt stands, for the player: the version's content, the state, the choices offered now, the
 * feedback on the last choice, the transcript, and (once ended) the best achievable path to compare with.
 */
public record Play(long attemptId, long scenarioId, ScenarioContent content, ScenarioEngine.State state,
        List<Integer> offered, Text lastFeedback, List<TranscriptEntry> transcript, boolean ended,
        ScenarioEngine.BestPath best, String reflection) {
}
