package io.mqlsync.core.simulation;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything {@code mqlsync simulate} tells: the comparison at one instant and the backtest.
 *
 * @param at             the instant both models scored the records at
 * @param liveModel      the live model's {@code name@version}
 * @param candidateModel the candidate's {@code name@version}
 * @param comparison     what would change now
 * @param backtest       how both fare against the recorded outcomes
 */
public record SimulationReport(Instant at, String liveModel, String candidateModel, Comparison comparison, Backtest backtest) {
    public SimulationReport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(liveModel, "liveModel");
        Objects.requireNonNull(candidateModel, "candidateModel");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(backtest, "backtest");
    }
}
