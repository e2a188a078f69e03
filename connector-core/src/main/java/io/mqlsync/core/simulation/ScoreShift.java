package io.mqlsync.core.simulation;

import java.util.Objects;
import java.util.Optional;

/**
 * How the candidate moves the score distribution.
 *
 * @param live      the live model's scores; empty when there were no records
 * @param candidate the candidate's scores; empty when there were no records
 * @param histogram both, in the same bins
 */
public record ScoreShift(Optional<ScoreSummary> live, Optional<ScoreSummary> candidate, Histogram histogram) {
    public ScoreShift {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(histogram, "histogram");
    }

    /** Candidate median minus live median; empty without records. */
    public Optional<Double> medianShift() {
        return live.flatMap(l -> candidate.map(c -> c.median() - l.median()));
    }
}
