package io.mqlsync.app.daemon;

/**
 * Hears how each scheduled fire of an instance ended, for metrics. Called on the scheduler's job
 * threads, possibly at the same time for different instances: implementations must be thread-safe, quick,
 * and must not throw. The defaults do nothing.
 */
public interface RunObserver {
    /** The run finished (in any outcome the run log knows). */
    default void finished(String instance, InstanceRun run) {
    }

    /** The run could not start or was stopped by an error; the daemon logged it. */
    default void failed(String instance, Exception failure) {
    }

    /** Another run of the instance held its lease: this fire did not run. */
    default void busy(String instance) {
    }

    /** Hears nothing. */
    static RunObserver none() {
        return new RunObserver() {
        };
    }
}
