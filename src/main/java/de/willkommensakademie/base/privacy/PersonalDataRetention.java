package de.willkommensakademie.base.privacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The deletion side of data protection, one implementation per feature that stores records about a person
 * ({@code <feature>.<Feature>Retention}): which of its record types it keeps only for a limited time, which of them
 * are due at a cut-off, and how one person's due records go (deleted, or anonymised where counts must survive). The
 * coordinator in {@code privacy} owns settings, the daily job, confirmation and erasure on request; a feature never
 * decides when, only how.
 *
 * <p>Every method runs in the caller's transaction or its own: the coordinator retires one person and one type per
 * transaction, so an interrupted run leaves each person's records of a type either untouched or gone, and the next
 * run finds what is left because "due" is always read from the records themselves.
 */
public interface PersonalDataRetention {

    /** The record types of this feature with a limited retention; none for a feature that only takes part in erasure. */
    default List<RetentionType> retentionTypes() {
        return List.of();
    }

    /**
     * Per person of the authority, how many records of {@code type} are due: their reference date (completion,
     * creation, leaving …) lies before {@code cutOff}.
     */
    default Map<Long, Long> due(long authorityId, String type, Instant cutOff) {
        throw new IllegalArgumentException("no retention type " + type);
    }

    /** Deletes or anonymises one person's records of {@code type} that are due at {@code cutOff}; returns how many. */
    default long retire(long authorityId, String type, long personId, Instant cutOff) {
        throw new IllegalArgumentException("no retention type " + type);
    }

    /**
     * Erasure of one person (on request, or when a person who left is anonymised): deletes or anonymises now what no
     * law requires to keep and answers what stays, with how long.
     */
    List<KeptRecords> erase(long authorityId, long personId, Instant now);

    /**
     * A record type kept for a limited time. {@code key} is stable (stored in settings and run logs; translated as
     * {@code privacy.retention.type.<key>}); the period counts in {@code unit} from the type's reference date; below
     * {@code minimum} a setting is refused. A {@code wholePerson} type (people who left) is retired by erasing the
     * person in every feature at once.
     */
    record RetentionType(String key, ChronoUnit unit, int defaultPeriod, int minimum, boolean wholePerson) {

        public RetentionType(String key, ChronoUnit unit, int defaultPeriod, int minimum) {
            this(key, unit, defaultPeriod, minimum, false);
        }

        /** Records whose reference date lies before the answer are due {@code now} with this period. */
        public Instant cutOff(Instant now, int period, ZoneId zone) {
            return now.atZone(zone).minus(period, unit).toInstant();
        }

        /** The latest moment a record kept from {@code from} on lives with this period. */
        public Instant until(Instant from, int period, ZoneId zone) {
            return from.atZone(zone).plus(period, unit).toInstant();
        }
    }

    /** What an erasure kept of a type, how many, and until when at the latest (null: until its own retention). */
    record KeptRecords(String type, long count, Instant until) {
    }
}
