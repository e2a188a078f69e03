package io.mqlsync.app.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for a condition by asking it again every 50 ms, up to a deadline; for tests. */
final class Poll {
    private Poll() {
    }

    /**
     * @return the first present answer
     * @throws AssertionError naming {@code what} when the deadline passes first
     */
    static <T> T until(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> answer = probe.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up after " + timeout + " waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** Waits until {@code condition} holds. */
    static void until(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        until(timeout, what, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }
}
