package de.willkommensakademie.privacy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PrivacyNoticeRepository extends JpaRepository<PrivacyNotice, Long> {

    Optional<PrivacyNotice> findByAuthorityId(long authorityId);
}
