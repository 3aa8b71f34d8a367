package de.willkommensakademie.privacy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, Long> {

    List<AccessibilityFeedback> findByAuthorityIdOrderByReceivedAtDesc(long authorityId);

    Optional<AccessibilityFeedback> findByIdAndAuthorityId(long id, long authorityId);
}
