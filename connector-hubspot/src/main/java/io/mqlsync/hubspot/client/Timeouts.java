package io.mqlsync.hubspot.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The timeouts of every HubSpot call, so a stalled connection fails (and is retried) instead of blocking a run.
 *
 * @param connect establishing the connection
 * @param read    between two reads of the response
 * @param call    the whole call, including redirects and the one token refresh
 */
public record Timeouts(Duration connect, Duration read, Duration call) {
    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(call, "call");
    }

    /** 10 s to connect, 30 s between reads, 60 s per call. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
