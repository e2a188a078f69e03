package io.mqlsync.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * When the circuit breaker opens. It looks at the outcome of the last {@code windowCalls} requests and
 * opens when at least {@code minimumCalls} were made and {@code failureRatePercent} of them failed
 * transiently (throttling with a Retry-After does not count: the CRM is up and said when to come back).
 * After {@code openFor} it lets {@code halfOpenCalls} requests probe; if enough of them succeed it closes.
 *
 * @param failureRatePercent in (0, 100]. Default 50.
 * @param windowCalls requests the failure rate is computed over; positive. Default 20.
 * @param minimumCalls requests needed before the rate counts; in [1, windowCalls]. Default 10.
 * @param openFor how long an open breaker refuses calls; positive. Default 30 s.
 * @param halfOpenCalls probe requests after {@code openFor}; positive. Default 3.
 */
public record BreakerSettings(float failureRatePercent, int windowCalls, int minimumCalls, Duration openFor,
                              int halfOpenCalls) {
    public BreakerSettings {
        Objects.requireNonNull(openFor, "openFor");
        if (!(failureRatePercent > 0 && failureRatePercent <= 100)) {
            throw new IllegalArgumentException("failureRatePercent must be in (0, 100] but was " + failureRatePercent);
        }
        if (windowCalls < 1) {
            throw new IllegalArgumentException("windowCalls must be positive but was " + windowCalls);
        }
        if (minimumCalls < 1 || minimumCalls > windowCalls) {
            throw new IllegalArgumentException("minimumCalls must be between 1 and " + windowCalls + " but was " + minimumCalls);
        }
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("openFor must be positive but was " + openFor);
        }
        if (halfOpenCalls < 1) {
            throw new IllegalArgumentException("halfOpenCalls must be positive but was " + halfOpenCalls);
        }
    }

    /** Opens when half of the last 20 requests (at least 10) failed; stays open 30 s; probes with 3. */
    public static BreakerSettings defaults() {
        return new BreakerSettings(50f, 20, 10, Duration.ofSeconds(30), 3);
    }
}
