package de.willkommensakademie.assessment;

import java.util.Collection;

/**
 * What the answers on one 1–5 scale say together: how many rated (skipped statements are not ratings), the mean and
 * the spread (population standard deviation: the answers of a round are all there is, not a sample of them).
 */
public record RatingSummary(int count, double mean, double spread) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

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
