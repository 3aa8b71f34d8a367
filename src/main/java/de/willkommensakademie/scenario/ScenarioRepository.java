package de.willkommensakademie.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    /** Published scenarios a person of the authority may play: shipped, own, or shared by others. */
    @Query("""
            select s from Scenario s
            where s.status = de.willkommensakademie.scenario.ScenarioStatus.PUBLISHED
              and (s.authorityId is null or s.authorityId = :authorityId or s.shared = true)
            order by lower(coalesce(s.titleDe, s.titleEn)), s.id""")
    List<Scenario> findPlayable(long authorityId);

    /** One playable scenario, or nothing if the authority may not play it. */
    @Query("""
            select s from Scenario s
            where s.id = :id and s.status = de.willkommensakademie.scenario.ScenarioStatus.PUBLISHED
              and (s.authorityId is null or s.authorityId = :authorityId or s.shared = true)""")
    Optional<Scenario> findPlayable(long id, long authorityId);

    /** What a trainer sees: the shipped library, the authority's own, and published scenarios others share. */
    @Query("""
            select s from Scenario s
            where (s.authorityId = :authorityId or s.authorityId is null
                   or (s.shared = true and s.status = de.willkommensakademie.scenario.ScenarioStatus.PUBLISHED))
              and (:text is null or lower(s.titleDe) like :text or lower(s.titleEn) like :text or s.scenarioKey like :text)
              and (:status is null or s.status = :status)
            order by lower(coalesce(s.titleDe, s.titleEn)), s.id""")
    List<Scenario> findVisible(long authorityId, String text, ScenarioStatus status, Pageable pageable);

    @Query("""
            select count(s) from Scenario s
            where (s.authorityId = :authorityId or s.authorityId is null
                   or (s.shared = true and s.status = de.willkommensakademie.scenario.ScenarioStatus.PUBLISHED))
              and (:text is null or lower(s.titleDe) like :text or lower(s.titleEn) like :text or s.scenarioKey like :text)
              and (:status is null or s.status = :status)""")
    long countVisible(long authorityId, String text, ScenarioStatus status);

    @Query("select s from Scenario s where s.scenarioKey = :key and s.authorityId is null")
    Optional<Scenario> findByKeyAndAuthorityIdIsNull(String key);

    @Query("select s from Scenario s where s.scenarioKey = :key and s.authorityId = :authorityId")
    Optional<Scenario> findByKeyAndAuthorityId(String key, long authorityId);
}
