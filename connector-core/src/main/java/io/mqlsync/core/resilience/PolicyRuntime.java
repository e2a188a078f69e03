package io.mqlsync.core.resilience;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The time, waiting, randomness and metrics a {@link ResilientCallPolicy} runs on; injected so tests drive
 * a fake clock and record waits instead of sleeping.
 *
 * @param clock the circuit breaker's clock (how long it has been open)
 * @param nanoTime the rate limiters' monotonic time source, in nanoseconds
 * @param waiter spends the wait between attempts
 * @param random uniform values in [0, 1) for the backoff jitter; called from any thread
 * @param metrics where the policy reports what it does
 */
public record PolicyRuntime(Clock clock, LongSupplier nanoTime, Waiter waiter, DoubleSupplier random,
                            CallMetrics metrics) {
    public PolicyRuntime {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(nanoTime, "nanoTime");
        Objects.requireNonNull(waiter, "waiter");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** The real thing: the given clock, {@link System#nanoTime()}, blocking waits, thread-local randomness. */
    public static PolicyRuntime system(Clock clock, CallMetrics metrics) {
        return new PolicyRuntime(clock, System::nanoTime, Waiter.blocking(),
                () -> ThreadLocalRandom.current().nextDouble(), metrics);
    }
}
