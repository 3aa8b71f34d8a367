package de.willkommensakademie.onboarding;

import de.willkommensakademie.base.content.JsonContentCodec;
import org.springframework.stereotype.Component;

/** Template content to and from the JSON it is stored as. */
@Component
class OnboardingCodec extends JsonContentCodec<TemplateContent> {

    OnboardingCodec() {
        super(TemplateContent.class);
    }
}
