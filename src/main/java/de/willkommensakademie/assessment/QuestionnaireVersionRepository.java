package de.willkommensakademie.assessment;

import de.willkommensakademie.base.content.ContentVersionRepository;

interface QuestionnaireVersionRepository extends ContentVersionRepository<QuestionnaireVersion> {
}
