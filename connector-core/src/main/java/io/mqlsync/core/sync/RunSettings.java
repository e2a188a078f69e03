package io.mqlsync.core.sync;

import java.util.Objects;

/**
 * What a run's page pipeline reports to (the crash-injection hook, the listener, the run's tally) and
 * how its caller steers it.
 */
record RunSettings(PipelineHook hook, RunListener listener, RunTally tally, RunControl control) {
    RunSettings {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(tally, "tally");
    }
}
