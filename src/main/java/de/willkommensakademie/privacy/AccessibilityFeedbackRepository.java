package de.willkommensakademie.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, Long> {

    List<AccessibilityFeedback> findByAuthorityIdOrderByReceivedAtDesc(long authorityId);

    Optional<AccessibilityFeedback> findByIdAndAuthorityId(long id, long authorityId);

    /** Reports answered before the cut-off, of every authority; open reports stay however old they are. */
    @Modifying
    @Query("delete from AccessibilityFeedback f where f.answeredAt < :cutOff")
    int deleteAnsweredBefore(Instant cutOff);
}
