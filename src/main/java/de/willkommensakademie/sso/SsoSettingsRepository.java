package de.willkommensakademie.sso;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SsoSettingsRepository extends JpaRepository<SsoSettings, Long> {

    Optional<SsoSettings> findByAuthorityId(long authorityId);

    List<SsoSettings> findByEnabledTrue();
}
