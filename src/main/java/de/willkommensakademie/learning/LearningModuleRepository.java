package de.willkommensakademie.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningModuleRepository extends JpaRepository<LearningModule, Long> {

    /** Modules a trainer of the authority sees: its own, the shipped library, and published ones others share. */
    @Query("""
            select m from LearningModule m
            where (m.authorityId = :authorityId or m.authorityId is null
                   or (m.shared = true and m.status = de.willkommensakademie.learning.ModuleStatus.PUBLISHED))
              and (:text is null or lower(m.titleDe) like :text or lower(m.titleEn) like :text or m.moduleKey like :text)
              and (:status is null or m.status = :status)
            order by lower(coalesce(m.titleDe, m.titleEn)), m.id""")
    List<LearningModule> findVisible(long authorityId, String text, ModuleStatus status, Pageable pageable);

    @Query("""
            select count(m) from LearningModule m
            where (m.authorityId = :authorityId or m.authorityId is null
                   or (m.shared = true and m.status = de.willkommensakademie.learning.ModuleStatus.PUBLISHED))
              and (:text is null or lower(m.titleDe) like :text or lower(m.titleEn) like :text or m.moduleKey like :text)
              and (:status is null or m.status = :status)""")
    long countVisible(long authorityId, String text, ModuleStatus status);

    @Query("select m from LearningModule m where m.moduleKey = :key and m.authorityId is null")
    Optional<LearningModule> findByKeyAndAuthorityIdIsNull(String key);

    @Query("select m from LearningModule m where m.moduleKey = :key and m.authorityId = :authorityId")
    Optional<LearningModule> findByKeyAndAuthorityId(String key, long authorityId);

    List<LearningModule> findByIdIn(Collection<Long> ids);
}
