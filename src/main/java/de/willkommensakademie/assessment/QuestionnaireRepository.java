package de.willkommensakademie.assessment;

import de.willkommensakademie.base.content.AuthoredContentRepository;

interface QuestionnaireRepository extends AuthoredContentRepository<Questionnaire> {
}
