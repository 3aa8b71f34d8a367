package de.willkommensakademie.onboarding;

import de.willkommensakademie.base.ContentJson;
import de.willkommensakademie.base.content.ContentCodec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Template content to and from the JSON it is stored as. */
@Component
class OnboardingCodec implements ContentCodec<TemplateContent> {

    private final JsonMapper json = ContentJson.mapper();

    @Override
    public String write(TemplateContent content) {
        return json.writeValueAsString(content);
    }

    @Override
    public TemplateContent read(String stored) {
        return json.readValue(stored, TemplateContent.class);
    }
}
