package io.mqlsync.core.state;

import java.time.Instant;
import java.util.Objects;

/**
 * A held instance lease.
 *
 * @param holder     who holds it
 * @param acquiredAt when it was taken (or last renewed by {@code acquire})
 * @param expiresAt  when another holder may take it over
 */
public record Lease(String holder, Instant acquiredAt, Instant expiresAt) {
    public Lease {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether another holder may take it over at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
