package io.mqlsync.core.resilience;

import io.mqlsync.core.spi.CallKind;
import java.time.Duration;

/**
 * Counters the call policy reports to; the app binds them to Micrometer, the engine reads
 * {@link CallCounts} for its run log. Every method has a no-op default, so an implementation overrides
 * only what it needs. Called from any thread of the instance; implementations must be thread-safe and
 * must not throw.
 */
public interface CallMetrics {
    /** A request is about to be sent to the CRM (every attempt, retries included). */
    default void attempted(CallKind kind, String operation) {
    }

    /** An attempt after the first is about to start; {@code attempt} is 2 for the first retry. */
    default void retried(CallKind kind, String operation, int attempt) {
    }

    /** The policy is about to wait {@code wait} before retrying. */
    default void waited(Duration wait) {
    }

    /** An attempt failed, or was refused before a request was sent. */
    default void failed(CallKind kind, String operation, CallFailure failure) {
    }

    /** The circuit breaker changed state. */
    default void breakerStateChanged(BreakerState state) {
    }

    /** A response's rate-limit headers changed the number of requests the main limit allows per window. */
    default void limitChanged(int requestsPerWindow) {
    }

    /** Metrics that count nothing. */
    static CallMetrics none() {
        return new CallMetrics() {
        };
    }

    /** Reports each event to both. */
    default CallMetrics and(CallMetrics other) {
        CallMetrics first = this;
        return new CallMetrics() {
            @Override
            public void attempted(CallKind kind, String operation) {
                first.attempted(kind, operation);
                other.attempted(kind, operation);
            }

            @Override
            public void retried(CallKind kind, String operation, int attempt) {
                first.retried(kind, operation, attempt);
                other.retried(kind, operation, attempt);
            }

            @Override
            public void waited(Duration wait) {
                first.waited(wait);
                other.waited(wait);
            }

            @Override
            public void failed(CallKind kind, String operation, CallFailure failure) {
                first.failed(kind, operation, failure);
                other.failed(kind, operation, failure);
            }

            @Override
            public void breakerStateChanged(BreakerState state) {
                first.breakerStateChanged(state);
                other.breakerStateChanged(state);
            }

            @Override
            public void limitChanged(int requestsPerWindow) {
                first.limitChanged(requestsPerWindow);
                other.limitChanged(requestsPerWindow);
            }
        };
    }
}
