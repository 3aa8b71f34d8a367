package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;

import de.willkommensakademie.base.content.AuthoredContentRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningModuleRepository extends AuthoredContentRepository<LearningModule> {

    List<LearningModule> findByIdIn(Collection<Long> ids);

    /**
     * Id, titles and status of these modules, without their drafts: team views name hundreds of modules, and each
     * draft is a whole module's content.
     */
    @Query("select m.id, m.titleDe, m.titleEn, m.status from LearningModule m where m.id in :ids")
    List<Object[]> findTitles(Collection<Long> ids);
}
