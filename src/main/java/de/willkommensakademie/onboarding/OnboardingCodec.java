package de.willkommensakademie.onboarding;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Template content to and from the JSON it is stored as. */
@Component
class OnboardingCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(TemplateContent content) {
        return json.writeValueAsString(content);
    }

    TemplateContent read(String stored) {
        return json.readValue(stored, TemplateContent.class);
    }
}
