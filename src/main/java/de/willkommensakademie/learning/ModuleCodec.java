package de.willkommensakademie.learning;

import de.willkommensakademie.base.content.JsonContentCodec;
import org.springframework.stereotype.Component;

/** Module content to and from the JSON stored per version and draft. */
@Component
class ModuleCodec extends JsonContentCodec<ModuleContent> {

    ModuleCodec() {
        super(ModuleContent.class);
    }
}
