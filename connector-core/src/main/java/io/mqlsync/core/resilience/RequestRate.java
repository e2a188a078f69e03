package io.mqlsync.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * A number of requests allowed per window, such as HubSpot's 100 per 10 seconds. The policy spreads
 * requests evenly so that no rolling window of this length holds more than {@code requests} of them
 * (when {@code requests >= 2}); the sustained rate is then {@code (requests - 1) / window}.
 *
 * @param requests requests per window; positive
 * @param window the window's length; at least one millisecond
 */
public record RequestRate(int requests, Duration window) {
    public RequestRate {
        Objects.requireNonNull(window, "window");
        if (requests <= 0) {
            throw new IllegalArgumentException("requests must be positive but was " + requests);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("window must be at least 1 ms but was " + window);
        }
    }
}
