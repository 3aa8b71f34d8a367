package de.willkommensakademie.certificate;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateTemplateRepository extends JpaRepository<CertificateTemplate, Long> {

    Optional<CertificateTemplate> findByAuthorityId(long authorityId);
}
