package io.mqlsync.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How transient failures are retried. The n-th retry waits a random time in
 * {@code [d * (1 - jitter), d]} where {@code d = min(maxBackoff, baseBackoff * 2^(n-1))}, and never less
 * than the CRM's Retry-After.
 *
 * @param maxAttempts attempts per call including the first; at least 1 (1 means no retry). Default 5.
 * @param baseBackoff the nominal wait before the first retry; positive. Default 500 ms.
 * @param maxBackoff the cap of the nominal wait; at least {@code baseBackoff}. Default 30 s.
 * @param jitter the share of each wait that is random, in [0, 1]; spreads out callers that failed
 *        together. Default 0.5.
 * @param maxRetryAfter the longest Retry-After the policy waits out; a longer one fails the call at once
 *        (the run stops and resumes next time instead of blocking). Default 5 minutes.
 */
public record RetrySettings(int maxAttempts, Duration baseBackoff, Duration maxBackoff, double jitter,
                            Duration maxRetryAfter) {
    public RetrySettings {
        Objects.requireNonNull(baseBackoff, "baseBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        if (baseBackoff.isNegative() || baseBackoff.isZero()) {
            throw new IllegalArgumentException("baseBackoff must be positive but was " + baseBackoff);
        }
        if (maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least baseBackoff (" + baseBackoff + ") but was " + maxBackoff);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1 but was " + jitter);
        }
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative but was " + maxRetryAfter);
        }
    }

    /** 5 attempts, 500 ms doubling up to 30 s, half of each wait random, Retry-After honoured up to 5 minutes. */
    public static RetrySettings defaults() {
        return new RetrySettings(5, Duration.ofMillis(500), Duration.ofSeconds(30), 0.5, Duration.ofMinutes(5));
    }
}
