package io.mqlsync.sandbox.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that follows a base clock plus an offset that only grows. Tests build it on a fixed base
 * and move it with {@link #advance}; the standalone sandbox builds it on the system clock so that a
 * demo can fast-forward (expire an SLA) without waiting. Thread-safe.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetNanos;

    private AdjustableClock(Clock base, AtomicLong offsetNanos) {
        this.base = Objects.requireNonNull(base, "base");
        this.offsetNanos = offsetNanos;
    }

    /** A clock standing still at {@code start} until advanced. */
    public static AdjustableClock fixedAt(Instant start) {
        return new AdjustableClock(Clock.fixed(start, ZoneOffset.UTC), new AtomicLong());
    }

    /** A clock that runs with the system clock, plus whatever it is advanced by. */
    public static AdjustableClock system() {
        return new AdjustableClock(Clock.systemUTC(), new AtomicLong());
    }

    /**
     * Moves the clock forward.
     *
     * @throws IllegalArgumentException when {@code amount} is negative: sandbox time never runs back
     */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        offsetNanos.addAndGet(amount.toNanos());
    }

    @Override
    public Instant instant() {
        return base.instant().plusNanos(offsetNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Sandbox time is UTC; a zoned view shares the same offset so advancing one moves both.
        return new AdjustableClock(base.withZone(zone), offsetNanos);
    }
}
