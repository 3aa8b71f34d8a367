package de.willkommensakademie.learning;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** One published version of a module; never changed after it is written. */
@Entity
class ModuleVersion extends AbstractEntity {

    private long moduleId;

    private int number;

    private String content;

    private Instant publishedAt;

    protected ModuleVersion() {
    }

    ModuleVersion(long moduleId, int number, String content, Instant publishedAt) {
        this.moduleId = moduleId;
        this.number = number;
        this.content = content;
        this.publishedAt = publishedAt;
    }

    long moduleId() {
        return moduleId;
    }

    int number() {
        return number;
    }

    String content() {
        return content;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
