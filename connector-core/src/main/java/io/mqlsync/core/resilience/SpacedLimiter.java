package io.mqlsync.core.resilience;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A request rate of {@code L} per window {@code W} as a Resilience4j limiter of one permit per slice of
 * {@code W / (L - 1)}: requests are spread evenly, so no rolling window of length {@code W} ever holds more
 * than {@code L} of them (for {@code L >= 2}), at a sustained {@code (L - 1) / W}, 99 % of HubSpot's 100 per
 * 10 s. A limiter of {@code L} permits per fixed window would let {@code L} requests end one window and
 * {@code L} more start the next: twice the limit inside one rolling window, which CRMs such as HubSpot
 * ({@code TEN_SECONDLY_ROLLING}) answer with 429.
 *
 * <p>Resilience4j cannot change a limiter's refresh period, so a new allowed rate builds a new limiter;
 * threads already waiting finish on the old one. Thread-safe.
 */
final class SpacedLimiter {
    private final String name;
    private final RequestRate configured;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final AtomicReference<Allowance> current;

    /** The rate in force and its limiter. */
    private record Allowance(int requests, RateLimiter limiter) {
    }

    SpacedLimiter(String name, RequestRate configured, Duration timeout, LongSupplier nanoTime) {
        this.name = name;
        this.configured = configured;
        this.timeout = timeout;
        this.nanoTime = nanoTime;
        this.current = new AtomicReference<>(allowance(configured.requests()));
    }

    /** {@code call} after taking a permit, waiting up to the timeout; else {@code RequestNotPermitted}. */
    <T> Supplier<T> decorate(Supplier<T> call) {
        return () -> RateLimiter.decorateSupplier(current.get().limiter(), call).get();
    }

    /** Requests per configured window now allowed. */
    int requestsPerWindow() {
        return current.get().requests();
    }

    /**
     * Allows {@code requests} per configured window from now on, at least 1 and at most the configured rate.
     *
     * @return whether the allowed rate changed
     */
    boolean limitTo(int requests) {
        int allowed = Math.max(1, Math.min(configured.requests(), requests));
        Allowance now = current.get();
        return now.requests() != allowed && current.compareAndSet(now, allowance(allowed));
    }

    /** Gives up the next permit (the current slice's, else the next one's within the timeout). */
    void skipOne() {
        current.get().limiter().reservePermission(1);
    }

    private Allowance allowance(int requests) {
        long windowNanos = configured.window().toNanos();
        long sliceNanos = requests < 2 ? windowNanos : Math.ceilDiv(windowNanos, requests - 1);
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(Math.max(1_000, sliceNanos)))
                .timeoutDuration(timeout)
                .build();
        return new Allowance(requests, RateLimiter.of(name, config, nanoTime::getAsLong));
    }
}
