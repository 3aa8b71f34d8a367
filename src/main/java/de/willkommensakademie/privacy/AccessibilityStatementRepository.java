package de.willkommensakademie.privacy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessibilityStatementRepository extends JpaRepository<AccessibilityStatement, Long> {

    Optional<AccessibilityStatement> findByAuthorityId(long authorityId);
}
