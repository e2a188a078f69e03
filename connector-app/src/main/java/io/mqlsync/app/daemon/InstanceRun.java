package io.mqlsync.app.daemon;

import io.mqlsync.core.state.RunRecord;
import java.util.Objects;

/**
 * What one scheduled run of an instance came to.
 *
 * @param record          the run as the run log holds it
 * @param openDeadLetters the instance's dead letters after the run, kept for retry (never negative)
 */
public record InstanceRun(RunRecord record, int openDeadLetters) {
    public InstanceRun {
        Objects.requireNonNull(record, "record");
        if (openDeadLetters < 0) {
            throw new IllegalArgumentException("openDeadLetters must not be negative");
        }
    }
}
