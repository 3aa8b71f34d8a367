package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A scenario with its draft; {@code authorityId} null means the shipped library. Versions are kept apart. */
@Entity
class Scenario extends AbstractEntity {

    @Column(name = "scenario_key", length = 80)
    private String key;

    private Long authorityId;

    private boolean shared;

    private String status;

    private String titleDe;

    private String titleEn;

    private String draft;

    private int publishedVersion;

    private Instant updatedAt;

    protected Scenario() {
    }

    Scenario(String key, Long authorityId, ScenarioContent content, String json, Instant now) {
        this.key = key;
        this.authorityId = authorityId;
        this.status = "DRAFT";
        saveDraft(content, json, now);
    }

    void saveDraft(ScenarioContent content, String json, Instant now) {
        this.draft = json;
        this.titleDe = content.title().get("de");
        this.titleEn = content.title().get("en");
        this.updatedAt = now;
    }

    int publish(Instant now) {
        status = "PUBLISHED";
        publishedVersion++;
        updatedAt = now;
        return publishedVersion;
    }

    String key() {
        return key;
    }

    Long authorityId() {
        return authorityId;
    }

    boolean isShared() {
        return shared;
    }

    boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    int publishedVersion() {
        return publishedVersion;
    }

    String titleDe() {
        return titleDe;
    }

    String titleEn() {
        return titleEn;
    }
}
