package io.mqlsync.core.sync;

import java.util.Objects;

/**
 * What a run's page pipeline reports to (the crash-injection hook, the listener, the run's tally), how
 * its caller steers it, and how far its outcome sweep goes.
 *
 * @param outcomeSweepLimit the most SQL leads whose deals the sweep revisits in one incremental run
 */
record RunSettings(PipelineHook hook, RunListener listener, RunTally tally, RunControl control, int outcomeSweepLimit) {
    RunSettings {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(tally, "tally");
        if (outcomeSweepLimit < 0) {
            throw new IllegalArgumentException("outcomeSweepLimit must not be negative");
        }
    }
}
