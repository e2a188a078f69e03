package io.mqlsync.core.resilience;

import java.time.Duration;

/**
 * Spends the wait between two attempts of a call. Production blocks the calling thread; tests record the
 * wait and return at once, so no test sleeps.
 */
@FunctionalInterface
public interface Waiter {
    /**
     * Returns after {@code wait} has passed.
     *
     * @throws InterruptedException if the thread is interrupted while waiting (the run is being stopped)
     */
    void await(Duration wait) throws InterruptedException;

    /** Blocks the calling thread for the wait: one sleep per retry, the same thing Resilience4j's own retry does. */
    static Waiter blocking() {
        return Thread::sleep;
    }
}
