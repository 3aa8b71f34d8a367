package de.willkommensakademie.assessment;

import de.willkommensakademie.base.content.JsonContentCodec;
import org.springframework.stereotype.Component;

/** Questionnaire content to and from the JSON it is stored as. */
@Component
class QuestionnaireCodec extends JsonContentCodec<QuestionnaireContent> {

    QuestionnaireCodec() {
        super(QuestionnaireContent.class);
    }
}
