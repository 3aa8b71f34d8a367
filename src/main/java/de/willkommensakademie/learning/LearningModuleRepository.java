package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;

import de.willkommensakademie.base.content.AuthoredContentRepository;

interface LearningModuleRepository extends AuthoredContentRepository<LearningModule> {

    List<LearningModule> findByIdIn(Collection<Long> ids);
}
