package io.mqlsync.core.state;

import java.time.Duration;
import java.util.Objects;

/**
 * When a dead letter is due again: {@code first} after the first failure, multiplied by
 * {@code multiplier} after each further one, never more than {@code max}. No jitter: retries happen on
 * the next run after the time, and runs are spread by their schedule.
 *
 * @param first      the wait after the first failure; positive
 * @param multiplier growth per further failure; at least 1
 * @param max        the longest wait; at least {@code first}
 */
public record DeadLetterBackoff(Duration first, double multiplier, Duration max) {
    /** 15 minutes (a typical schedule's interval), doubling, at most a day. */
    public static final DeadLetterBackoff DEFAULT = new DeadLetterBackoff(Duration.ofMinutes(15), 2.0, Duration.ofDays(1));

    public DeadLetterBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("first must be positive");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number of at least 1");
        }
        if (max.compareTo(first) < 0) {
            throw new IllegalArgumentException("max must be at least first");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (counting from 1). */
    public Duration after(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        double millis = first.toMillis() * Math.pow(multiplier, attempts - 1.0);
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }
}
