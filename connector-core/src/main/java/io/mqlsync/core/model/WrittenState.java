package io.mqlsync.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code mql_*} properties of a lead as the CRM holds them, including the sales input.
 *
 * @param status         {@code mql_status}; NONE when blank
 * @param scores         the score properties
 * @param history        the lifecycle history properties
 * @param nextRescoreAt  {@code mql_next_rescore_at}
 * @param rejectionInput {@code mql_rejection_reason}: a reason code sales set, not yet handled
 */
public record WrittenState(MqlStatus status, WrittenScores scores, LeadHistory history,
                           Optional<Instant> nextRescoreAt, Optional<ReasonCode> rejectionInput) {
    private static final WrittenState NONE = new WrittenState(MqlStatus.NONE, WrittenScores.none(),
            LeadHistory.none(), Optional.empty(), Optional.empty());

    public WrittenState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(nextRescoreAt, "nextRescoreAt");
        Objects.requireNonNull(rejectionInput, "rejectionInput");
    }

    /** A record mqlsync never wrote to and sales never rejected. */
    public static WrittenState none() {
        return NONE;
    }
}
