package io.mqlsync.core.sync;

import java.util.Objects;

/** What a run's page pipeline reports to: the crash-injection hook, the listener, the run's tally. */
record RunSettings(PipelineHook hook, RunListener listener, RunTally tally) {
    RunSettings {
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(tally, "tally");
    }
}
