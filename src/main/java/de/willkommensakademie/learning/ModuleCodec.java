package de.willkommensakademie.learning;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.content.ContentCodec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Module content to and from the JSON stored per version and draft. */
@Component
class ModuleCodec implements ContentCodec<ModuleContent> {

    private final JsonMapper json = ContentJson.mapper();

    @Override
    public String write(ModuleContent content) {
        return json.writeValueAsString(content);
    }

    @Override
    public ModuleContent read(String stored) {
        return json.readValue(stored, ModuleContent.class);
    }
}
