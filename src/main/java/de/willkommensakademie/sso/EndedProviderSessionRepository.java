package de.willkommensakademie.sso;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EndedProviderSessionRepository extends JpaRepository<EndedProviderSession, Long> {

    /**
     * Whether the provider ended this session: named by its session id, or (for a logout token without one) every
     * session of the subject that began before the logout.
     */
    @Query("""
            select count(e) > 0 from EndedProviderSession e where e.issuer = :issuer and (
                (:sessionId is not null and e.sessionId = :sessionId)
                or (e.sessionId is null and e.subject = :subject and e.endedAt >= :signedInAt))""")
    boolean ended(String issuer, String sessionId, String subject, Instant signedInAt);

    @Modifying
    @Query("delete from EndedProviderSession e where e.endedAt < :before")
    int deleteEndedBefore(Instant before);
}
