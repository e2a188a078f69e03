package io.mqlsync.core.sync;

/**
 * Asked by a run between pages whether it should stop: the daemon answers yes once it is shutting down.
 * A run that is told to stop ends after its last committed page with
 * {@link io.mqlsync.core.state.RunOutcome#STOPPED}; the next run resumes from that checkpoint. Called on
 * the engine's thread; must return quickly and never throw.
 */
@FunctionalInterface
public interface StopRequest {
    /** @return whether the run should stop before its next page */
    boolean stopRequested();

    /** Never asks a run to stop. */
    static StopRequest never() {
        return () -> false;
    }
}
