package de.willkommensakademie.language;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;

/** One of an authority's priority languages, in the order the admin chose. */
@Entity
class PriorityLanguage extends AbstractEntity {

    private long authorityId;
    private String language;
    private int position;

    protected PriorityLanguage() {
    }

    PriorityLanguage(long authorityId, String language, int position) {
        this.authorityId = authorityId;
        this.language = language;
        this.position = position;
    }

    String language() {
        return language;
    }
}
