package io.mqlsync.core.simulation;

import java.util.Objects;

/**
 * Both models judged against the same recorded outcomes.
 *
 * @param cases                cases of the records read (handoffs and SQLs without one)
 * @param resolved             of those, the ones with a known outcome
 * @param converted            of those, the ones that became SQL or won
 * @param outcomesWithoutRecord leads with recorded outcomes that were not among the records read (not judged)
 * @param settings             how the backtest judged
 * @param live                 the live model's figures
 * @param candidate            the candidate's figures
 */
public record Backtest(long cases, long resolved, long converted, long outcomesWithoutRecord, BacktestSettings settings,
                       ModelBacktest live, ModelBacktest candidate) {
    public Backtest {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(candidate, "candidate");
    }

    /** Whether there are enough resolved outcomes for the figures to mean something. */
    public boolean enoughOutcomes() {
        return resolved >= settings.minOutcomes();
    }
}
