package de.willkommensakademie.scenario;

import java.util.List;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.content.ContentCodec;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scenario content, play state and transcripts to and from the JSON they are stored as. */
@Component
class ScenarioCodec implements ContentCodec<ScenarioContent> {

    private final JsonMapper json = ContentJson.mapper();

    @Override
    public String write(ScenarioContent content) {
        return json.writeValueAsString(content);
    }

    /** Play state and transcripts. */
    String writeState(Object value) {
        return json.writeValueAsString(value);
    }

    @Override
    public ScenarioContent read(String stored) {
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
