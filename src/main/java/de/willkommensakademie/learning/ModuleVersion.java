package de.willkommensakademie.learning;

import java.time.Instant;

import de.willkommensakademie.base.content.ContentVersion;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One published version of a module; progress stays on the version it started. */
@Entity
@AttributeOverride(name = "contentId", column = @Column(name = "module_id"))
class ModuleVersion extends ContentVersion {

    protected ModuleVersion() {
    }

    ModuleVersion(long moduleId, int number, String content, Instant publishedAt) {
        super(moduleId, number, content, publishedAt);
    }

    long moduleId() {
        return contentId();
    }
}
