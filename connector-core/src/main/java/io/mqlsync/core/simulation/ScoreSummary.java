package io.mqlsync.core.simulation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The spread of one model's scores over a set of leads. Percentiles are nearest-rank: the smallest score
 * with at least that share of the scores at or below it.
 *
 * @param count  how many scores
 * @param min    the lowest
 * @param p10    10th percentile
 * @param p25    25th percentile
 * @param median 50th percentile
 * @param p75    75th percentile
 * @param p90    90th percentile
 * @param max    the highest
 * @param mean   the arithmetic mean
 */
public record ScoreSummary(long count, double min, double p10, double p25, double median, double p75, double p90,
                           double max, double mean) {

    /** The summary of {@code scores}; empty when there are none. The array is not changed. */
    public static Optional<ScoreSummary> of(double[] scores) {
        if (scores.length == 0) {
            return Optional.empty();
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double score : sorted) {
            sum += score;
        }
        return Optional.of(new ScoreSummary(sorted.length, sorted[0], rank(sorted, 0.10), rank(sorted, 0.25),
                rank(sorted, 0.50), rank(sorted, 0.75), rank(sorted, 0.90), sorted[sorted.length - 1], sum / sorted.length));
    }

    private static double rank(double[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
