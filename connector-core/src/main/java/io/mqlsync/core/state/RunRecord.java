package io.mqlsync.core.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of one instance as the run log holds it.
 *
 * @param id         the run's id
 * @param mode       sync, backfill or dry run
 * @param outcome    {@link RunOutcome#RUNNING} until finished
 * @param startedAt  when it started
 * @param finishedAt when it finished; empty while running or when interrupted
 * @param summary    what it reported at the end; empty counts until then
 */
public record RunRecord(RunId id, RunMode mode, RunOutcome outcome, Instant startedAt, Optional<Instant> finishedAt,
                        RunSummary summary) {
    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(summary, "summary");
    }

    /** How long the run took; empty while running or when interrupted. */
    public Optional<Duration> duration() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }
}
