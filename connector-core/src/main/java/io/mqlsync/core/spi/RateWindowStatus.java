package io.mqlsync.core.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The CRM's rolling request window as one response reported it.
 *
 * @param limit requests the CRM allows per window; positive
 * @param remaining requests left in the current window; between 0 and {@code limit}
 * @param window the window's length; positive
 */
public record RateWindowStatus(int limit, int remaining, Duration window) {
    public RateWindowStatus {
        Objects.requireNonNull(window, "window");
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive but was " + limit);
        }
        if (remaining < 0 || remaining > limit) {
            throw new IllegalArgumentException("remaining must be between 0 and " + limit + " but was " + remaining);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive but was " + window);
        }
    }
}
