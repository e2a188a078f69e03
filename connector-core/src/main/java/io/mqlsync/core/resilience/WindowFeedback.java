package io.mqlsync.core.resilience;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.mqlsync.core.spi.RateWindowStatus;
import java.time.Duration;

/**
 * Applies the CRM's reported request window to the main rate limiter, so we slow down before a 429:
 * <ul>
 *   <li>the permits per window follow the CRM's reported limit (scaled to our window) but never exceed the
 *       configured rate, so a portal on a lower tier than configured is honoured from its first response,
 *       and a raised limit is used again up to the configured one;</li>
 *   <li>when the CRM has fewer requests left than our window still holds (other integrations share the
 *       account's limit), the difference is taken out of the current window.</li>
 * </ul>
 * The windows of the CRM and of our limiter are not aligned; a 429 that still slips through is retried
 * after its Retry-After.
 */
final class WindowFeedback {
    private final RateLimiter limiter;
    private final RequestRate configured;
    private final CallMetrics metrics;

    WindowFeedback(RateLimiter limiter, RequestRate configured, CallMetrics metrics) {
        this.limiter = limiter;
        this.configured = configured;
        this.metrics = metrics;
    }

    void apply(RateWindowStatus status) {
        int allowed = allowedPerWindow(status);
        if (allowed != limiter.getRateLimiterConfig().getLimitForPeriod()) {
            // takes effect from our next window; the current one is trimmed below
            limiter.changeLimitForPeriod(allowed);
            metrics.limitChanged(allowed);
        }
        int excess = limiter.getMetrics().getAvailablePermissions() - status.remaining();
        if (excess > 0) {
            // reserving never blocks: it takes permits now, or from the next window when another thread was faster
            limiter.reservePermission(excess);
        }
    }

    private int allowedPerWindow(RateWindowStatus status) {
        Duration ours = configured.window();
        double scaled = (double) status.limit() * ours.toNanos() / status.window().toNanos();
        return (int) Math.max(1, Math.min(configured.requests(), Math.floor(scaled)));
    }
}
