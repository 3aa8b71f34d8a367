package de.willkommensakademie.language;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LanguageTargetRepository extends JpaRepository<LanguageTarget, Long> {

    List<LanguageTarget> findByAuthorityIdOrderByJobRoleCodeAscLanguageAsc(long authorityId);

    List<LanguageTarget> findByAuthorityIdAndJobRoleCode(long authorityId, String jobRoleCode);

    Optional<LanguageTarget> findByIdAndAuthorityId(long id, long authorityId);

    /** A null skill matches the overall target ({@code skill is null}), as the unique index does. */
    boolean existsByAuthorityIdAndJobRoleCodeAndLanguageAndSkill(long authorityId, String jobRoleCode,
            String language, Skill skill);
}
