package de.willkommensakademie.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    /** Published scenarios a person of the authority may play: shipped, own, or shared by others. */
    @Query("""
            select s from Scenario s
            where s.status = 'PUBLISHED' and (s.authorityId is null or s.authorityId = :authorityId or s.shared = true)
            order by lower(coalesce(s.titleDe, s.titleEn)), s.id""")
    List<Scenario> findPlayable(long authorityId);

    Optional<Scenario> findByKeyAndAuthorityIdIsNull(String key);
}
