package de.willkommensakademie.onboarding;

import de.willkommensakademie.base.ContentJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Template content to and from the JSON it is stored as. */
@Component
class OnboardingCodec {

    private final JsonMapper json = ContentJson.mapper();

    String write(TemplateContent content) {
        return json.writeValueAsString(content);
    }

    TemplateContent read(String stored) {
        return json.readValue(stored, TemplateContent.class);
    }
}
