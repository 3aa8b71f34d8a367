package de.willkommensakademie.visibility;

import java.time.Instant;

import de.willkommensakademie.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An authority's chosen preset; an authority without a row has {@link VisibilityPreset#DEFAULT}. */
@Entity
class VisibilitySetting extends AbstractEntity {

    private long authorityId;
    @Enumerated(EnumType.STRING)
    private VisibilityPreset preset;
    private long changedById;
    private String changedByName;
    private Instant changedAt;

    protected VisibilitySetting() {
    }

    VisibilitySetting(long authorityId) {
        this.authorityId = authorityId;
        this.preset = VisibilityPreset.DEFAULT;
    }

    /** Returns the preset that applied before. */
    VisibilityPreset change(VisibilityPreset newPreset, long byId, String byName, Instant at) {
        VisibilityPreset before = preset;
        this.preset = newPreset;
        this.changedById = byId;
        this.changedByName = byName;
        this.changedAt = at;
        return before;
    }

    long authorityId() {
        return authorityId;
    }

    VisibilityPreset preset() {
        return preset;
    }

    String changedByName() {
        return changedByName;
    }

    Instant changedAt() {
        return changedAt;
    }
}
