package de.willkommensakademie.scenario;

import java.util.List;

import de.willkommensakademie.base.content.JsonContentCodec;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Scenario content, play state and transcripts to and from the JSON they are stored as. */
@Component
class ScenarioCodec extends JsonContentCodec<ScenarioContent> {

    ScenarioCodec() {
        super(ScenarioContent.class);
    }

    /** Play state and transcripts. */
    String writeState(Object value) {
        return json().writeValueAsString(value);
    }

    ScenarioEngine.State state(String stored) {
        return json().readValue(stored, ScenarioEngine.State.class);
    }

    List<TranscriptEntry> transcript(String stored) {
        return json().readValue(stored, new TypeReference<List<TranscriptEntry>>() {
        });
    }
}
