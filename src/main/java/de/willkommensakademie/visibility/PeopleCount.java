package de.willkommensakademie.visibility;

import de.willkommensakademie.visibility.VisibilityRules.Sight;

/**
 * A count of people as a viewer may see it: the number, or "fewer than {@link VisibilityRules#MIN_GROUP}" where the
 * viewer sees the record only as counts. A hidden count carries no number, so the true figure never reaches a screen.
 */
public record PeopleCount(long value, boolean fewerThanMin) {

    /** The translation key of a hidden count; its argument is {@link VisibilityRules#MIN_GROUP}. */
    public static final String FEWER_THAN_MIN_KEY = "visibility.fewer-than-min";

    /** {@code people} as someone with {@code sight} of the record may see it; nobody with NOTHING sees a count. */
    public static PeopleCount of(Sight sight, long people) {
        return switch (sight) {
            case PER_PERSON -> new PeopleCount(people, false);
            case COUNTS_ONLY -> VisibilityRules.suppressed(people) ? new PeopleCount(0, true)
                    : new PeopleCount(people, false);
            case NOTHING -> throw new IllegalArgumentException("no count may be shown of a record seen as NOTHING");
        };
    }
}
