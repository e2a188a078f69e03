package io.mqlsync.core.resilience;

import io.mqlsync.core.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PolicyRuntime} on fake time: the breaker's clock and the limiters' nano time move only when a
 * test advances them or the policy waits; waits are recorded and move the time instead of blocking; the
 * jitter draws a fixed value.
 */
final class FakeRuntime {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final CallCounts counts = new CallCounts();
    private final double random;

    FakeRuntime(double random) {
        this.random = random;
    }

    /** Moves the breaker's clock and the limiters' time together. */
    void advance(Duration by) {
        clock.advance(by);
        nanos.addAndGet(by.toNanos());
    }

    PolicyRuntime runtime() {
        return new PolicyRuntime(clock, nanos::get, wait -> {
            waits.add(wait);
            advance(wait);
        }, () -> random, counts);
    }
}
