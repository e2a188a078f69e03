package io.mqlsync.core.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * How a backtest judges.
 *
 * @param targetPrecision the precision the threshold sweep looks for, in (0, 1]
 * @param minOutcomes     below this many resolved cases the backtest says it has not enough outcomes
 * @param minFlagged      a sweep threshold is suggested only when it flags at least this many resolved cases
 * @param sweepStep       the step between the {@code scoreMin} values the sweep tries
 * @param maturity        how long a handoff may stay unanswered before it counts as {@link Outcome#NO_RESPONSE}
 */
public record BacktestSettings(double targetPrecision, int minOutcomes, int minFlagged, double sweepStep, Duration maturity) {
    /** The default target precision: three in ten handoffs become SQL. */
    public static final double DEFAULT_TARGET_PRECISION = 0.3;
    /** The default number of resolved cases below which figures are called not meaningful. */
    public static final int DEFAULT_MIN_OUTCOMES = 30;

    public BacktestSettings {
        if (!(targetPrecision > 0 && targetPrecision <= 1)) {
            throw new IllegalArgumentException("the target precision must lie in (0, 1]");
        }
        if (minOutcomes < 1 || minFlagged < 1) {
            throw new IllegalArgumentException("minimum counts must be at least 1");
        }
        if (!(sweepStep > 0)) {
            throw new IllegalArgumentException("the sweep step must be positive");
        }
        Objects.requireNonNull(maturity, "maturity");
    }

    /** The defaults with this target precision and maturity window. */
    public static BacktestSettings of(double targetPrecision, Duration maturity) {
        return new BacktestSettings(targetPrecision, DEFAULT_MIN_OUTCOMES, 5, 5, maturity);
    }
}
