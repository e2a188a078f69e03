package io.mqlsync.app.daemon;

import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/** Where the daemon's schedule lives: in memory for one worker, or in PostgreSQL for a cluster of them. */
public sealed interface ScheduleStore {
    /** One worker: Quartz's RAMJobStore. */
    record InMemory() implements ScheduleStore {
    }

    /**
     * Clustered workers: Quartz's JDBC job store ({@code JobStoreTX}, {@code PostgreSQLDelegate},
     * clustered) in the state database, whose {@code qrtz_} tables Flyway created.
     *
     * @param dataSource the state database; the caller keeps it open while the daemon runs
     * @param checkin    how often this worker checks in; a worker silent for about this plus 7.5 s is
     *                   taken for dead and its runs are recovered by another
     */
    record Clustered(DataSource dataSource, Duration checkin) implements ScheduleStore {
        public Clustered {
            Objects.requireNonNull(dataSource, "dataSource");
            Objects.requireNonNull(checkin, "checkin");
            if (checkin.compareTo(Duration.ofMillis(100)) < 0) {
                throw new IllegalArgumentException("the cluster check-in interval must be at least 100 ms");
            }
        }
    }
}
