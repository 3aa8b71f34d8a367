package de.willkommensakademie.assessment;

import java.util.Optional;

import de.willkommensakademie.base.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaire versions read without a signed-in person, for jobs, demo data and the round services of this package
 * that checked their caller themselves (a respondent reads the version of the round they were asked in). Screens and
 * other features use {@link Questionnaires}, which checks role and authority.
 */
@Component
class QuestionnaireVersions {

    private final QuestionnaireStore store;
    private final QuestionnaireRepository questionnaires;

    QuestionnaireVersions(QuestionnaireStore store, QuestionnaireRepository questionnaires) {
        this.store = store;
        this.questionnaires = questionnaires;
    }

    /** The content of a published version, whoever's it is. */
    @Transactional(readOnly = true)
    public QuestionnaireContent content(long versionId) {
        return store.contentOf(store.version(versionId)
                .orElseThrow(() -> new RecordNotFoundException("questionnaire version", versionId)));
    }

    /** The id of the newest published version of the shipped questionnaire with this key. */
    @Transactional(readOnly = true)
    public Optional<Long> newestShipped(String key) {
        return questionnaires.findByContentKeyAndAuthorityIdIsNull(key).flatMap(store::newestVersion)
                .map(QuestionnaireVersion::getId);
    }
}
