package io.mqlsync.sandbox.hubspot;

/**
 * A portal's API limits (NOTES.md: Free/Starter 100 per 10 s and 250,000 a day; search 5 a second).
 *
 * @param requestsPer10s the rolling ten-second limit of non-search requests
 * @param searchPerSecond the per-second limit of search requests
 * @param daily          requests per day (midnight UTC to midnight UTC), search included
 */
public record RateLimits(int requestsPer10s, int searchPerSecond, long daily) {

    /** A Free/Starter private app's limits. */
    public static final RateLimits STARTER = new RateLimits(100, 5, 250_000);

    public RateLimits {
        if (requestsPer10s < 1 || searchPerSecond < 1 || daily < 1) {
            throw new IllegalArgumentException("every limit must be at least 1, were " + requestsPer10s + ", "
                    + searchPerSecond + " and " + daily);
        }
    }
}
