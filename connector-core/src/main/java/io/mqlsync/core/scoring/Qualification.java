package io.mqlsync.core.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * When a lead is an MQL: not disqualified, and every threshold the model sets is met (absent ones
 * impose nothing). Fit is a gate: a poor fit is never an MQL, however busy.
 */
public record Qualification(OptionalDouble fitMin, OptionalDouble intentMin, OptionalDouble scoreMin,
                            Optional<Condition> disqualifyIf) {
    public Qualification {
        Objects.requireNonNull(fitMin, "fitMin");
        Objects.requireNonNull(intentMin, "intentMin");
        Objects.requireNonNull(scoreMin, "scoreMin");
        Objects.requireNonNull(disqualifyIf, "disqualifyIf");
    }

    public boolean thresholdsMet(double fit, double intent, double score) {
        return atLeast(fit, fitMin) && atLeast(intent, intentMin) && atLeast(score, scoreMin);
    }

    private static boolean atLeast(double value, OptionalDouble min) {
        return min.isEmpty() || value >= min.getAsDouble();
    }
}
