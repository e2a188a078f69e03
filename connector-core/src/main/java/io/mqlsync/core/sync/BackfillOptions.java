package io.mqlsync.core.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a backfill runs.
 *
 * @param since  only records modified at or after this instant ({@code --since}); empty: every record
 * @param limit  stop after this many records ({@code --limit}); the checkpoint is kept so {@code --resume}
 *               continues; empty: no limit
 * @param mode   write, or plan only ({@code --dry-run})
 * @param resume continue from the last backfill checkpoint ({@code --resume}); otherwise start over
 */
public record BackfillOptions(Optional<Instant> since, OptionalLong limit, WriteMode mode, boolean resume) {
    public BackfillOptions {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(mode, "mode");
        if (limit.isPresent() && limit.getAsLong() < 1) {
            throw new IllegalArgumentException("a backfill limit must be at least 1");
        }
    }

    /** Every record, written, from the beginning. */
    public static BackfillOptions full() {
        return new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.LIVE, false);
    }
}
