package io.mqlsync.core.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How the caller of a run steers it from outside.
 *
 * @param stop     asked between pages whether to stop; {@link StopRequest#never()} by default
 * @param leaseTtl how long the instance's lease lasts without renewal: the run renews it every third of
 *                 this, so it is also how long a run that died (a crash, kill -9) keeps the instance
 *                 from running elsewhere; {@link SyncEngine#LEASE_TTL} by default, at least one second
 */
public record RunControl(StopRequest stop, Duration leaseTtl) {
    /** Never stops; the default lease. */
    public static final RunControl DEFAULT = new RunControl(StopRequest.never(), SyncEngine.LEASE_TTL);

    public RunControl {
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        if (leaseTtl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a lease must last at least one second");
        }
    }
}
