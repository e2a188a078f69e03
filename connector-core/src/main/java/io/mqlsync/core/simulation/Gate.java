package io.mqlsync.core.simulation;

import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.Qualification;
import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/** One of the conditions a card must pass to be an MQL (DESIGN section 5, {@code qualify}). */
public enum Gate {
    /** {@code disqualifyIf} matched. */
    DISQUALIFY_IF,
    /** fit below {@code fitMin}. */
    FIT_MIN,
    /** intent below {@code intentMin}. */
    INTENT_MIN,
    /** score below {@code scoreMin}. */
    SCORE_MIN;

    /** The gates {@code card} fails under {@code qualify}; empty exactly when the card qualifies. */
    public static Set<Gate> failed(Qualification qualify, ScoreCard card) {
        Set<Gate> failed = EnumSet.noneOf(Gate.class);
        if (card.disqualified()) {
            failed.add(DISQUALIFY_IF);
        }
        if (below(card.fit(), qualify.fitMin())) {
            failed.add(FIT_MIN);
        }
        if (below(card.intent(), qualify.intentMin())) {
            failed.add(INTENT_MIN);
        }
        if (below(card.score(), qualify.scoreMin())) {
            failed.add(SCORE_MIN);
        }
        return Set.copyOf(failed);
    }

    private static boolean below(double value, OptionalDouble min) {
        return min.isPresent() && value < min.getAsDouble();
    }
}
