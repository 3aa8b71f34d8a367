package de.willkommensakademie.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.function.Supplier;

import de.willkommensakademie.StatementCount;

/**
 * Measures one action the way every benchmark here reports it: one warm-up call, one counted call (rows and SQL
 * statements, see {@link StatementCount}), then the median and 90th percentile of several warm runs. Public for
 * benchmarks in other packages that time things their own way but read percentiles the same way ({@link #millisAt}).
 */
public final class Figures {

    /** What one action cost. */
    record Figure(String what, int rows, long statements, double medianMillis, double p90Millis) {

        @Override
        public String toString() {
            return String.format("%-58s rows %6d  statements %3d  median %8.2f ms  p90 %8.2f ms", what, rows,
                    statements, medianMillis, p90Millis);
        }
    }

    private Figures() {
    }

    /**
     * The value below which this fraction of the times lies, in milliseconds: 0.5 the median (of an even number the
     * upper middle), 0.95 the 95th percentile; the element at {@code (int) (length * fraction)} of the sorted times.
     */
    public static double millisAt(long[] nanos, double fraction) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))] / 1e6;
    }

    /** Cores and the one-minute load average, to read the figures against (the machine is shared with builds). */
    static String machine() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            load = "unknown";
        }
        return Runtime.getRuntime().availableProcessors() + " cores, load average " + load;
    }

    /** Measures {@code action} (which returns how many rows it produced), prints and returns the figure. */
    static Figure measure(String what, int runs, Supplier<Integer> action) {
        action.get();
        StatementCount.start();
        int rows;
        long statements;
        try {
            rows = action.get();
        } finally {
            statements = StatementCount.stop();
        }
        long[] nanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            action.get();
            nanos[run] = System.nanoTime() - start;
        }
        Figure figure = new Figure(what, rows, statements, millisAt(nanos, 0.5), millisAt(nanos, 0.9));
        print(figure.toString());
        return figure;
    }

    /** For actions too slow to repeat: one call, counted and timed (median and p90 are that one time). */
    static Figure measureOnce(String what, Supplier<Integer> action) {
        StatementCount.start();
        long start = System.nanoTime();
        int rows;
        long statements;
        try {
            rows = action.get();
        } finally {
            statements = StatementCount.stop();
        }
        double millis = (System.nanoTime() - start) / 1e6;
        Figure figure = new Figure(what + " (one call)", rows, statements, millis, millis);
        print(figure.toString());
        return figure;
    }

    /**
     * Prints a line and appends it to {@code target/benchmark-figures.txt}, which survives a run that is stopped
     * before Surefire passes the output on.
     */
    static void print(String line) {
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "benchmark-figures.txt"),
                    LocalTime.now().withNano(0) + " " + line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the console line is what counts
        }
    }
}
