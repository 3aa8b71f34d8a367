package de.willkommensakademie.learning;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Module content to and from the JSON stored per version and draft. */
@Component
class ModuleCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(ModuleContent content) {
        return json.writeValueAsString(content);
    }

    ModuleContent read(String stored) {
        return json.readValue(stored, ModuleContent.class);
    }
}
