package de.willkommensakademie.assessment;

import de.willkommensakademie.base.content.ContentStatus;

/**
 * The editor's view of a questionnaire: its draft (for shipped or shared ones, the newest version) with the version
 * it was loaded at; {@code own}: the authority's, editable.
 */
public record QuestionnaireDraft(long id, long version, boolean own, ContentStatus status, int publishedVersion,
        QuestionnaireContent content) {
}
