package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.content.AuthoredContent;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A role-play with its editable draft; the shared fields and transitions are the content kernel's
 * ({@link AuthoredContent}). Published versions live in {@link ScenarioVersion}.
 */
@Entity
@AttributeOverride(name = "contentKey", column = @Column(name = "scenario_key", length = AuthoredContent.KEY_LENGTH))
class Scenario extends AuthoredContent<ScenarioContent> {

    protected Scenario() {
    }

    Scenario(String key, Long authorityId, ScenarioContent content, String json, Instant now) {
        super(key, authorityId);
        saveDraft(content, json, now);
    }

    @Override
    protected String messagePrefix() {
        return "scenario";
    }
}
