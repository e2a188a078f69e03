package io.mqlsync.sandbox.salesforce.internal;

import java.time.Clock;
import java.util.TreeMap;

/**
 * The org's API request count over a rolling 24 hours, kept in hourly buckets, against its daily limit. Not
 * thread-safe: the org serialises use.
 */
public final class ApiUsage {
    private static final long HOUR_MS = 3_600_000L;

    private final TreeMap<Long, Long> perHour = new TreeMap<>();
    private final long limit;
    private final Clock clock;

    /** @param limit requests allowed per rolling 24 hours; @param clock the org's clock */
    public ApiUsage(long limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Counts one request.
     *
     * @throws SoapFault {@code REQUEST_LIMIT_EXCEEDED} when the limit is already used up; that request is not counted
     */
    public void count() {
        if (current() >= limit) {
            throw SoapFault.of("REQUEST_LIMIT_EXCEEDED", SoapFault.Type.UnexpectedErrorFault,
                    "TotalRequests Limit exceeded.");
        }
        perHour.merge(hour(), 1L, Long::sum);
    }

    /** @return requests counted in the last 24 hours */
    public long current() {
        long hour = hour();
        perHour.headMap(hour - 23).clear();
        return perHour.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return requests allowed per rolling 24 hours */
    public long limit() {
        return limit;
    }

    /** Sets the count of the last 24 hours, as if other integrations had used the org. */
    public void set(long used) {
        perHour.clear();
        perHour.put(hour(), used);
    }

    private long hour() {
        return Math.floorDiv(clock.millis(), HOUR_MS);
    }
}
