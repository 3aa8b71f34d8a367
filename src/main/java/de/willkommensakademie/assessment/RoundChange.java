package de.willkommensakademie.assessment;

import java.util.List;

import de.willkommensakademie.base.Text;
import de.willkommensakademie.learning.Cornerstone;

/**
 * How a round's figures changed since the previous comparable round (same authority, audience and questionnaire),
 * counting only statements present in both versions, by key; a cornerstone's change is over the ratings of exactly
 * those statements in both rounds. A change whose figure is hidden in either round is left out.
 */
public record RoundChange(long previousRoundId, String previousTitle, List<CornerstoneChange> cornerstones) {

    /** A difference of means smaller than this (in either direction) counts as level: too small to read into. */
    public static final double LEVEL_BAND = 0.25;

    public RoundChange {
        cornerstones = List.copyOf(cornerstones);
    }

    public enum Direction {
        UP, LEVEL, DOWN
    }

    /** A mean before and now; null where hidden in either round. */
    public record Delta(double before, double now) {

        public double difference() {
            return now - before;
        }

        public Direction direction() {
            double difference = difference();
            // the tolerance keeps a difference of exactly 0.25 from landing on either side by binary rounding
            return Math.abs(difference) < LEVEL_BAND - 1e-9 ? Direction.LEVEL
                    : difference > 0 ? Direction.UP : Direction.DOWN;
        }
    }

    /** A cornerstone's change over the statements both rounds asked; {@code current}/{@code importance} may be null. */
    public record CornerstoneChange(Cornerstone cornerstone, Delta current, Delta importance,
            List<StatementChange> statements) {

        public CornerstoneChange {
            statements = List.copyOf(statements);
        }
    }

    /** A statement's change; {@code current}/{@code importance} may be null where hidden in either round. */
    public record StatementChange(String key, int number, Text text, Delta current, Delta importance) {
    }
}
