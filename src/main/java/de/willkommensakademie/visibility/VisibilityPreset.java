package de.willkommensakademie.visibility;

/**
 * What an authority's staff agreement allows managers and administrators to see of a person's training, chosen per
 * authority by its administrators. Names are stored; never rename one. {@link VisibilityRules} says what each means.
 */
public enum VisibilityPreset {
    /** Per-person status of everything assigned (done, in progress, overdue, expiring), never how someone learned. */
    STATUS_PER_PERSON,
    /** Per-person status only of mandatory assignments; recommended ones appear only as counts. */
    MANDATORY_ONLY,
    /** No names in team views: counts per module and status per team, fewer than five people never shown as a number. */
    TOTALS_ONLY;

    /** What applies while an authority has chosen nothing. */
    public static final VisibilityPreset DEFAULT = STATUS_PER_PERSON;

    /** The translation key of the preset's short name ({@code visibility.preset.*}). */
    public String nameKey() {
        return "visibility.preset." + name();
    }
}
