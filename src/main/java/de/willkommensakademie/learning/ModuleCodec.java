package de.willkommensakademie.learning;

import de.willkommensakademie.base.ContentJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Module content to and from the JSON stored per version and draft. */
@Component
class ModuleCodec {

    private final JsonMapper json = ContentJson.mapper();

    String write(ModuleContent content) {
        return json.writeValueAsString(content);
    }

    ModuleContent read(String stored) {
        return json.readValue(stored, ModuleContent.class);
    }
}
