package de.willkommensakademie.assessment;

import de.willkommensakademie.base.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Whose questionnaires these are: the signed-in person's authority, where an adapted copy is made. Who sees and
 * changes which questionnaire is the content kernel's one rule ({@code ContentAccess}).
 */
@Component
class QuestionnaireAccess {

    private final CurrentUser currentUser;

    QuestionnaireAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    long ownAuthority() {
        return currentUser.authorityId();
    }
}
