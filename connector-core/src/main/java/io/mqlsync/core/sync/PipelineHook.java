package io.mqlsync.core.sync;

/**
 * Hears each step of each page as it is reached. Tests use it to inject a crash at any step (an
 * {@link Error} thrown here leaves the run as a {@code kill -9} would: lease held, run not finished).
 */
@FunctionalInterface
public interface PipelineHook {
    /** Called on the engine's thread after {@code step} of the {@code page}-th page of the run (from 1). */
    void reached(PipelineStep step, int page);

    /** Hears nothing. */
    static PipelineHook none() {
        return (step, page) -> { };
    }
}
