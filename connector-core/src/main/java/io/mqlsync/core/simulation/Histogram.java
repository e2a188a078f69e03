package io.mqlsync.core.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Both models' scores counted in the same bins: bin {@code i} holds scores in
 * {@code [start + i * width, start + (i + 1) * width)}.
 *
 * @param start     the lower edge of the first bin, a multiple of {@code width}
 * @param width     the width of every bin
 * @param live      per bin, how many leads the live model scores there
 * @param candidate per bin, how many the candidate scores there
 */
public record Histogram(double start, double width, List<Long> live, List<Long> candidate) {
    /** The bin width simulate uses: scores are read in tens. */
    public static final double DEFAULT_WIDTH = 10;

    public Histogram {
        if (!(width > 0)) {
            throw new IllegalArgumentException("a bin width must be positive");
        }
        live = List.copyOf(live);
        candidate = List.copyOf(candidate);
        if (live.size() != candidate.size()) {
            throw new IllegalArgumentException("both models are counted in the same bins");
        }
    }

    /** Counts both score arrays in bins of {@code width} spanning every score of either. */
    public static Histogram of(double[] live, double[] candidate, double width) {
        if (live.length == 0 && candidate.length == 0) {
            return new Histogram(0, width, List.of(), List.of());
        }
        double min = Math.min(min(live), min(candidate));
        double max = Math.max(max(live), max(candidate));
        double start = Math.floor(min / width) * width;
        int bins = (int) Math.floor((max - start) / width) + 1;
        return new Histogram(start, width, count(live, start, width, bins), count(candidate, start, width, bins));
    }

    /** The lower edge of bin {@code i}. */
    public double lowerEdge(int i) {
        return start + i * width;
    }

    private static List<Long> count(double[] scores, double start, double width, int bins) {
        long[] counts = new long[bins];
        for (double score : scores) {
            counts[Math.min(bins - 1, (int) Math.floor((score - start) / width))]++;
        }
        List<Long> list = new ArrayList<>(bins);
        Arrays.stream(counts).forEach(list::add);
        return list;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.POSITIVE_INFINITY);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NEGATIVE_INFINITY);
    }
}
