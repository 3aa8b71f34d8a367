package de.willkommensakademie.provisioning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the authority of a presented bearer token by its hash, and notes when the token was last used. */
@Component
class ScimTokenCheck {

    /** "Last used" is for the operator to see which tokens still matter; a minute is precise enough. */
    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    private final ScimTokenRepository tokens;
    private final Clock clock;

    ScimTokenCheck(ScimTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public Optional<ScimClient> authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(ScimTokens.hash(presented.strip())).map(token -> {
            Instant now = clock.instant();
            tokens.noteUse(token.getId(), now, now.minus(USE_NOTED_EVERY));
            return new ScimClient(token.authorityId(), token.getId());
        });
    }
}
