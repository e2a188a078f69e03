package io.mqlsync.app.daemon;

import java.time.Duration;
import java.util.Objects;

/**
 * How the daemon runs.
 *
 * @param store       where the schedule lives
 * @param leaseTtl    the lease of each run ({@link io.mqlsync.core.sync.RunControl#leaseTtl()}): how long a
 *                    dead worker's run keeps its instance from running elsewhere
 * @param stopTimeout how long {@link Daemon#stop()} waits for running jobs to finish their page
 */
public record DaemonSettings(ScheduleStore store, Duration leaseTtl, Duration stopTimeout) {
    /** A run's lease unless told otherwise: renewed every 40 s, so a dead worker blocks an instance 2 minutes at most. */
    public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(2);
    /** How long a stop waits for running pages unless told otherwise. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(60);

    public DaemonSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
    }
}
