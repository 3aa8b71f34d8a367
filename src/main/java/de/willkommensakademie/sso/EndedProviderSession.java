package de.willkommensakademie.sso;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session the identity provider ended (back-channel logout), by its session id or, lacking one, its subject. */
@Entity
@Table(name = "sso_ended_session")
class EndedProviderSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String issuer;
    private String sessionId;
    private String subject;
    private Instant endedAt;

    protected EndedProviderSession() {
    }

    EndedProviderSession(String issuer, String sessionId, String subject, Instant endedAt) {
        this.issuer = issuer;
        this.sessionId = sessionId;
        this.subject = subject;
        this.endedAt = endedAt;
    }
}
