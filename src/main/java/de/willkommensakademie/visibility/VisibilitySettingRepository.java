package de.willkommensakademie.visibility;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisibilitySettingRepository extends JpaRepository<VisibilitySetting, Long> {

    Optional<VisibilitySetting> findByAuthorityId(long authorityId);
}
