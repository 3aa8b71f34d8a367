package de.willkommensakademie.scenario;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A scenario with its editable draft; {@code authorityId} null means the shipped library every authority sees, an
 * authority's scenario is seen only there unless {@code shared}. Published versions live in {@link ScenarioVersion}.
 */
@Entity
class Scenario extends AbstractEntity {

    static final int TITLE_LENGTH = 200;

    @Column(name = "scenario_key", length = 80)
    // Not named key: Hibernate names its temporary tables' columns after attributes, and KEY is an SQL keyword.
    private String scenarioKey;

    private Long authorityId;

    private boolean shared;

    @Enumerated(EnumType.STRING)
    private ScenarioStatus status;

    private String titleDe;

    private String titleEn;

    private String draft;

    private int publishedVersion;

    private Instant updatedAt;

    protected Scenario() {
    }

    Scenario(String key, Long authorityId, ScenarioContent content, String json, Instant now) {
        this.scenarioKey = key;
        this.authorityId = authorityId;
        this.status = ScenarioStatus.DRAFT;
        saveDraft(content, json, now);
    }

    /** A new draft; a published scenario goes on being played in its published version meanwhile. */
    void saveDraft(ScenarioContent content, String json, Instant now) {
        if (status == ScenarioStatus.ARCHIVED) {
            throw new IllegalStateException("Archived scenario " + scenarioKey + " cannot be edited");
        }
        this.draft = json;
        this.titleDe = clip(content.title() == null ? null : content.title().get("de"));
        this.titleEn = clip(content.title() == null ? null : content.title().get("en"));
        this.updatedAt = now;
    }

    /** Returns the number of the new version. */
    int publish(Instant now) {
        if (status == ScenarioStatus.ARCHIVED) {
            throw new IllegalStateException("Archived scenario " + scenarioKey + " cannot be published");
        }
        status = ScenarioStatus.PUBLISHED;
        publishedVersion++;
        updatedAt = now;
        return publishedVersion;
    }

    void archive(Instant now) {
        status = ScenarioStatus.ARCHIVED;
        updatedAt = now;
    }

    void share(boolean withAllAuthorities) {
        this.shared = withAllAuthorities;
    }

    private static String clip(String text) {
        return text == null || text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH);
    }

    String key() {
        return scenarioKey;
    }

    Long authorityId() {
        return authorityId;
    }

    boolean isShared() {
        return shared;
    }

    ScenarioStatus status() {
        return status;
    }

    boolean isPublished() {
        return status == ScenarioStatus.PUBLISHED;
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

    String draft() {
        return draft;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
