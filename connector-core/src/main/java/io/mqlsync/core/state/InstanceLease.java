package io.mqlsync.core.state;

import java.time.Duration;
import java.util.Optional;

/**
 * A lease that keeps two runs of one instance from overlapping, even on different workers sharing a
 * PostgreSQL store. A lease is held until released or until it expires; an expired lease is taken
 * over by the next holder that asks. Expiry is judged by the injected clock of the caller, so workers
 * need synchronised clocks (NTP) and a {@code ttl} far longer than their skew. Thread-safe.
 */
public interface InstanceLease {
    /**
     * Takes the lease for {@code ttl} when it is free, expired, or already held by {@code holder} (then
     * it is renewed).
     *
     * @param holder who asks: unique per worker and run (say {@code host:pid:run}); never blank
     * @return the lease now held; empty when another holder's lease has not expired
     */
    Optional<Lease> acquire(String holder, Duration ttl);

    /**
     * Extends the lease of {@code holder} to now + {@code ttl}.
     *
     * @return false when {@code holder} no longer holds it (another holder took it over after expiry):
     *         the caller must stop writing
     */
    boolean renew(String holder, Duration ttl);

    /** Gives the lease up; no-op when {@code holder} does not hold it. */
    void release(String holder);

    /**
     * Takes the lease over from {@code previous}, whether or not it expired: for a holder known to be
     * dead. Atomic: it fails when the lease has meanwhile changed hands.
     *
     * @return the lease now held; empty when {@code previous} no longer holds it
     */
    Optional<Lease> takeOver(String previous, String holder, Duration ttl);

    /** @return the lease as stored, expired or not; empty when nobody holds it */
    Optional<Lease> current();
}
