package de.willkommensakademie.visibility;

import java.time.Instant;

/**
 * The authority's preset as the settings page shows it. {@code version} is −1 while the authority has never chosen
 * (the default applies); {@code changedBy} and {@code changedAt} are null then.
 */
public record PresetState(VisibilityPreset preset, long version, String changedBy, Instant changedAt) {

    public boolean neverChanged() {
        return changedAt == null;
    }
}
