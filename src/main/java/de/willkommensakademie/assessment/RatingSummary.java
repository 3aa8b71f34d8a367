package de.willkommensakademie.assessment;

import java.util.Collection;

import de.willkommensakademie.visibility.VisibilityRules;

/**
 * What the answers on one 1–5 scale say together: how many rated (skipped statements are not ratings), the mean and
 * the spread (population standard deviation: the answers of a round are all there is, not a sample of them).
 */
public record RatingSummary(int count, double mean, double spread) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    /** What stands in for a figure from fewer than {@link VisibilityRules#MIN_GROUP} ratings: no count, no numbers. */
    public static final RatingSummary HIDDEN = new RatingSummary(0, Double.NaN, Double.NaN);

    /**
     * The summary of stored counters: {@code answersByValue[v]} people gave value v; index 0 ("cannot judge") is no
     * rating and is left out.
     */
    public static RatingSummary fromCounts(int[] answersByValue) {
        if (answersByValue.length != HIGHEST + 1) {
            throw new IllegalArgumentException("Counters for cannot judge and 1–5 expected");
        }
        long count = 0;
        long sum = 0;
        for (int value = LOWEST; value <= HIGHEST; value++) {
            if (answersByValue[value] < 0) {
                throw new IllegalArgumentException("A counter is never negative: " + answersByValue[value]);
            }
            count += answersByValue[value];
            sum += (long) value * answersByValue[value];
        }
        if (count == 0) {
            return new RatingSummary(0, Double.NaN, Double.NaN);
        }
        double mean = (double) sum / count;
        double squares = 0;
        for (int value = LOWEST; value <= HIGHEST; value++) {
            squares += answersByValue[value] * (value - mean) * (value - mean);
        }
        return new RatingSummary((int) count, mean, Math.sqrt(squares / count));
    }

    /** Whether enough people rated for the figure to be shown ({@link VisibilityRules#MIN_GROUP}). */
    public boolean shown() {
        return count >= VisibilityRules.MIN_GROUP;
    }

    /** This summary, or {@link #HIDDEN} when fewer than {@link VisibilityRules#MIN_GROUP} rated. */
    public RatingSummary visible() {
        return shown() ? this : HIDDEN;
    }

    /** The summary of {@code ratings}; each must lie within 1–5. An empty collection gives count 0, mean and spread NaN. */
    public static RatingSummary of(Collection<Integer> ratings) {
        if (ratings.isEmpty()) {
            return new RatingSummary(0, Double.NaN, Double.NaN);
        }
        long sum = 0;
        for (int rating : ratings) {
            if (rating < LOWEST || rating > HIGHEST) {
                throw new IllegalArgumentException("A rating lies within 1–5: " + rating);
            }
            sum += rating;
        }
        double mean = (double) sum / ratings.size();
        double squares = 0;
        for (int rating : ratings) {
            squares += (rating - mean) * (rating - mean);
        }
        return new RatingSummary(ratings.size(), mean, Math.sqrt(squares / ratings.size()));
    }
}
