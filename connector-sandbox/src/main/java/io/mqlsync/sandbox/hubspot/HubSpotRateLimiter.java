package io.mqlsync.sandbox.hubspot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's limits as a portal enforces them: a rolling ten-second window for ordinary requests, a
 * per-second window for search, and a daily counter that resets at midnight. Reads time only from
 * the injected clock. Thread-safe.
 */
final class HubSpotRateLimiter {

    /** Which limit refused a request, with the policy name HubSpot puts in the 429 body. */
    enum Policy {
        TEN_SECONDLY_ROLLING("ten_secondly_rolling"),
        SECONDLY("secondly"),
        DAILY("daily");

        private final String wording;

        Policy(String wording) {
            this.wording = wording;
        }

        String wording() {
            return wording;
        }
    }

    /**
     * The outcome of asking for a permit.
     *
     * @param refusedBy the limit that refused, empty when the request may proceed
     * @param headers   the {@code X-HubSpot-RateLimit-*} headers to send (none for search)
     */
    record Decision(Optional<Policy> refusedBy, Map<String, String> headers) {
    }

    private static final long TEN_SECONDS_NANOS = 10_000_000_000L;
    private static final long ONE_SECOND_NANOS = 1_000_000_000L;

    private final Clock clock;
    private final RateLimits limits;
    private final ArrayDeque<Instant> tenSecond = new ArrayDeque<>();
    private final ArrayDeque<Instant> search = new ArrayDeque<>();
    private LocalDate day;
    private long usedToday;

    HubSpotRateLimiter(Clock clock, RateLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    synchronized Decision acquire(boolean isSearch) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            usedToday = 0;
        }
        if (usedToday >= limits.daily()) {
            return new Decision(Optional.of(Policy.DAILY), isSearch ? Map.of() : headers(now, 0));
        }
        ArrayDeque<Instant> window = isSearch ? search : tenSecond;
        int limit = isSearch ? limits.searchPerSecond() : limits.requestsPer10s();
        evict(window, now, isSearch ? ONE_SECOND_NANOS : TEN_SECONDS_NANOS);
        if (window.size() >= limit) {
            Policy policy = isSearch ? Policy.SECONDLY : Policy.TEN_SECONDLY_ROLLING;
            return new Decision(Optional.of(policy), isSearch ? Map.of() : headers(now, 0));
        }
        window.addLast(now);
        usedToday++;
        // Search responses carry no rate-limit headers (NOTES.md).
        return new Decision(Optional.empty(),
                isSearch ? Map.of() : headers(now, limits.requestsPer10s() - tenSecond.size()));
    }

    synchronized long usedToday() {
        return usedToday;
    }

    private Map<String, String> headers(Instant now, int remaining) {
        return Map.of(
                "X-HubSpot-RateLimit-Max", String.valueOf(limits.requestsPer10s()),
                "X-HubSpot-RateLimit-Remaining", String.valueOf(Math.max(0, remaining)),
                "X-HubSpot-RateLimit-Interval-Milliseconds", "10000",
                "X-HubSpot-RateLimit-Daily", String.valueOf(limits.daily()),
                "X-HubSpot-RateLimit-Daily-Remaining", String.valueOf(Math.max(0, limits.daily() - usedToday)));
    }

    private static void evict(ArrayDeque<Instant> window, Instant now, long lengthNanos) {
        Instant horizon = now.minusNanos(lengthNanos);
        while (!window.isEmpty() && !window.peekFirst().isAfter(horizon)) {
            window.removeFirst();
        }
    }
}
