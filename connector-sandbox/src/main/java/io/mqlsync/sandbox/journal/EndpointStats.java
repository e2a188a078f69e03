package io.mqlsync.sandbox.journal;

/**
 * What one endpoint served.
 *
 * @param requests    requests received, whatever the answer
 * @param rateLimited of those, answered 429 (by the limiter or by an injected fault)
 * @param faults      of those, answered with an injected fault
 * @param bytesIn     request body bytes
 * @param bytesOut    response body bytes
 */
public record EndpointStats(long requests, long rateLimited, long faults, long bytesIn, long bytesOut) {

    /** Nothing served. */
    public static final EndpointStats NONE = new EndpointStats(0, 0, 0, 0, 0);
}
