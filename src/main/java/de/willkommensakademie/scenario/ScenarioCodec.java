package de.willkommensakademie.scenario;

import java.util.List;

import de.willkommensakademie.base.ContentJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scenario content, play state and transcripts to and from the JSON they are stored as. */
@Component
class ScenarioCodec {

    private final JsonMapper json = ContentJson.mapper();

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    ScenarioContent content(String stored) {
        return json.readValue(stored, ScenarioContent.class);
    }

    ScenarioEngine.State state(String stored) {
        return json.readValue(stored, ScenarioEngine.State.class);
    }

    List<TranscriptEntry> transcript(String stored) {
        return json.readValue(stored, new TypeReference<List<TranscriptEntry>>() {
        });
    }
}
