package io.mqlsync.core.spi;

/**
 * The CRM's count of API requests made today (or in its rolling 24 hours) against its daily allowance,
 * as one response reported it. Counts every integration of the account, not only ours.
 *
 * @param used requests already made; zero or more, may exceed {@code limit}
 * @param limit requests allowed; positive
 */
public record DailyUsage(long used, long limit) {
    public DailyUsage {
        if (used < 0) {
            throw new IllegalArgumentException("used must not be negative but was " + used);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive but was " + limit);
        }
    }

    /** For CRMs that report what is left (HubSpot's {@code -Daily-Remaining}) rather than what is used. */
    public static DailyUsage fromRemaining(long remaining, long limit) {
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative but was " + remaining);
        }
        return new DailyUsage(Math.max(0, limit - remaining), limit);
    }
}
