package de.willkommensakademie.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScimTokenRepository extends JpaRepository<ScimToken, Long> {

    Optional<ScimToken> findByTokenHash(String tokenHash);

    List<ScimToken> findAllByOrderByAuthorityIdAscCreatedAtAsc();

    /**
     * Notes a use at most once per interval, without touching the version: a revocation running at the same time
     * must not fail because the token was just used.
     */
    @Modifying
    @Query("""
            update ScimToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)""")
    int noteUse(long id, Instant now, Instant notBefore);
}
