package de.willkommensakademie.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobRoleRepository extends JpaRepository<JobRole, Long> {

    List<JobRole> findByAuthorityIdOrderByBuiltInDescNameDe(long authorityId);

    Optional<JobRole> findByIdAndAuthorityId(long id, long authorityId);

    boolean existsByAuthorityIdAndCode(long authorityId, String code);

    Optional<JobRole> findByAuthorityIdAndCode(long authorityId, String code);
}
