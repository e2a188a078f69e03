package io.mqlsync.core.resilience;

import io.mqlsync.core.spi.RateWindowStatus;
import java.time.Duration;

/**
 * Applies the CRM's reported request window to the main limiter, so we slow down before a 429:
 * <ul>
 *   <li>the allowed rate follows the CRM's reported limit (scaled to our window) but never exceeds the
 *       configured rate, so a portal on a lower tier than configured is honoured from its first response,
 *       and a raised limit is used again up to the configured one;</li>
 *   <li>when the CRM has no request left in its window (other integrations share the account's limit), the
 *       next permit is given up: our requests are spread at the CRM's rate, so one slice later one request
 *       has left the CRM's rolling window.</li>
 * </ul>
 * Our windows and the CRM's are not aligned; a 429 that still slips through is retried after its Retry-After.
 */
final class WindowFeedback {
    private final SpacedLimiter limiter;
    private final RequestRate configured;
    private final CallMetrics metrics;

    WindowFeedback(SpacedLimiter limiter, RequestRate configured, CallMetrics metrics) {
        this.limiter = limiter;
        this.configured = configured;
        this.metrics = metrics;
    }

    void apply(RateWindowStatus status) {
        if (limiter.limitTo(allowedPerWindow(status))) {
            metrics.limitChanged(limiter.requestsPerWindow());
        }
        if (status.remaining() == 0) {
            limiter.skipOne();
        }
    }

    private int allowedPerWindow(RateWindowStatus status) {
        Duration ours = configured.window();
        double scaled = (double) status.limit() * ours.toNanos() / status.window().toNanos();
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(scaled));
    }
}
