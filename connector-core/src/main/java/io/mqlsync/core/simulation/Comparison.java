package io.mqlsync.core.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What would change if the candidate model replaced the live one, on the same records at the same instant.
 *
 * @param records       how many records were scored
 * @param liveMqls      how many the live model qualifies
 * @param candidateMqls how many the candidate qualifies
 * @param gained        leads only the candidate qualifies, by lead id
 * @param lost          leads only the live model qualifies, by lead id
 * @param quadrants     the quadrant move matrix
 * @param scores        the score distribution of both
 */
public record Comparison(long records, long liveMqls, long candidateMqls, List<MqlChange> gained, List<MqlChange> lost,
                         QuadrantMoves quadrants, ScoreShift scores) {
    public Comparison {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        Objects.requireNonNull(quadrants, "quadrants");
        Objects.requireNonNull(scores, "scores");
    }
}
