package io.mqlsync.core.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The call may succeed if made again: 429, 5xx, a reset or timed-out connection, a locked row. The
 * retry policy waits at least {@link #retryAfter()} when the CRM said how long.
 */
public final class TransientCrmException extends CrmException {
    private final Optional<Duration> retryAfter;

    public TransientCrmException(String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public TransientCrmException(String message, Throwable cause) {
        this(message, Optional.empty(), cause);
    }

    /** How long the CRM asked us to wait (Retry-After), if it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
