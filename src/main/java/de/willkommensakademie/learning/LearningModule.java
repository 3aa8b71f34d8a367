package de.willkommensakademie.learning;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A module with its editable draft. {@code authorityId} null means the shipped library every authority sees; a
 * module of an authority is seen only there unless {@code shared}. Published versions live in {@link ModuleVersion}.
 */
@Entity
class LearningModule extends AbstractEntity {

    @Column(name = "module_key", length = 80)
    // Not named key: Hibernate names its temporary tables' columns after attributes, and KEY is an SQL keyword.
    private String moduleKey;

    private Long authorityId;

    private boolean shared;

    @Enumerated(EnumType.STRING)
    private ModuleStatus status;

    @Enumerated(EnumType.STRING)
    private Cornerstone cornerstone;

    @Column(length = ModuleRules.TITLE_LENGTH)
    private String titleDe;

    @Column(length = ModuleRules.TITLE_LENGTH)
    private String titleEn;

    private String draft;

    private int publishedVersion;

    private Instant updatedAt;

    protected LearningModule() {
    }

    LearningModule(String key, Long authorityId, ModuleContent content, String json, Instant now) {
        this.moduleKey = key;
        this.authorityId = authorityId;
        this.status = ModuleStatus.DRAFT;
        saveDraft(content, json, now);
    }

    /** A new draft; a published module keeps its published versions and goes on being learned meanwhile. */
    void saveDraft(ModuleContent content, String json, Instant now) {
        if (status == ModuleStatus.ARCHIVED) {
            throw new IllegalStateException("Archived module " + moduleKey + " cannot be edited");
        }
        this.draft = json;
        this.cornerstone = content.cornerstone() == null ? Cornerstone.COMPETENCES : content.cornerstone();
        this.titleDe = clip(content.title().get("de"));
        this.titleEn = clip(content.title().get("en"));
        this.updatedAt = now;
    }

    /** Returns the number of the new version. */
    int publish(Instant now) {
        if (status == ModuleStatus.ARCHIVED) {
            throw new IllegalStateException("Archived module " + moduleKey + " cannot be published");
        }
        status = ModuleStatus.PUBLISHED;
        publishedVersion++;
        updatedAt = now;
        return publishedVersion;
    }

    void archive(Instant now) {
        status = ModuleStatus.ARCHIVED;
        updatedAt = now;
    }

    void share(boolean withAllAuthorities) {
        this.shared = withAllAuthorities;
    }

    private static String clip(String text) {
        return text == null || text.length() <= ModuleRules.TITLE_LENGTH ? text
                : text.substring(0, ModuleRules.TITLE_LENGTH);
    }

    String key() {
        return moduleKey;
    }

    Long authorityId() {
        return authorityId;
    }

    boolean isShared() {
        return shared;
    }

    ModuleStatus status() {
        return status;
    }

    Cornerstone cornerstone() {
        return cornerstone;
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

    int publishedVersion() {
        return publishedVersion;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
