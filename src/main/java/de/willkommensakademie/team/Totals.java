package de.willkommensakademie.team;

import de.willkommensakademie.learning.TrainingState;
import de.willkommensakademie.visibility.VisibilityRules;

/**
 * Counts of assignments by state ("14 of 17 done, 2 overdue"). Where the preset allows only counts, a count of
 * fewer than {@link VisibilityRules#MIN_GROUP} people is replaced by {@link #FEWER_THAN_MIN}.
 */
public record Totals(int assigned, int done, int inProgress, int notStarted, int overdue, int expiring,
        int expired) {

    /** Stands for a count that is not shown because it describes fewer than five people. */
    public static final int FEWER_THAN_MIN = -1;

    public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0);

    Totals plus(TrainingState state) {
        return new Totals(assigned + 1,
                done + (state == TrainingState.DONE || state == TrainingState.EXPIRING ? 1 : 0),
                inProgress + (state == TrainingState.IN_PROGRESS ? 1 : 0),
                notStarted + (state == TrainingState.NOT_STARTED ? 1 : 0),
                overdue + (state == TrainingState.OVERDUE ? 1 : 0),
                expiring + (state == TrainingState.EXPIRING ? 1 : 0),
                expired + (state == TrainingState.EXPIRED ? 1 : 0));
    }

    Totals plus(Totals other) {
        return new Totals(assigned + other.assigned, done + other.done, inProgress + other.inProgress,
                notStarted + other.notStarted, overdue + other.overdue, expiring + other.expiring,
                expired + other.expired);
    }

    /** The same counts with every count of fewer than five people hidden. */
    Totals suppressed() {
        return new Totals(hide(assigned), hide(done), hide(inProgress), hide(notStarted), hide(overdue),
                hide(expiring), hide(expired));
    }

    /** Done of assigned in percent (rounded down), or null when nothing is assigned or a count is hidden. */
    public Integer donePercent() {
        if (assigned <= 0 || done < 0) {
            return null;
        }
        return (int) (100L * done / assigned);
    }

    /** Overdue or expired: what needs action. */
    public int late() {
        return overdue < 0 || expired < 0 ? FEWER_THAN_MIN : overdue + expired;
    }

    public static boolean isHidden(int count) {
        return count == FEWER_THAN_MIN;
    }

    private static int hide(int count) {
        return VisibilityRules.suppressed(count) ? FEWER_THAN_MIN : count;
    }
}
