package io.mqlsync.core.simulation;

import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One judged moment of a lead: a handoff (the lead qualified, then something happened) or a lead sales
 * promoted to SQL without a handoff. A backtest asks each model whether it would have flagged the lead at
 * {@code asOf}, counting only the events up to then.
 *
 * @param lead     the lead
 * @param origin   a handoff or an SQL the model never handed off
 * @param asOf     when the lead qualified (a handoff) or became SQL (the model missed it)
 * @param baseline when the lead had been recycled before, the recycle: earlier events no longer count
 * @param outcome  how it turned out
 * @param reason   for a rejection, the reason code; for an expiry {@code sla_expired}
 */
public record OutcomeCase(LeadId lead, Origin origin, Instant asOf, Optional<Instant> baseline, Outcome outcome,
                          Optional<String> reason) {
    public OutcomeCase {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    /** Where a case comes from. */
    public enum Origin {
        /** The lead qualified and was handed to sales. */
        HANDOFF,
        /** Sales made the lead SQL (or won a deal) without a handoff: recall asks whether a model would have flagged it. */
        DIRECT_SQL
    }
}
