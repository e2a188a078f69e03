package io.mqlsync.core.state;

import com.zaxxer.hikari.HikariDataSource;
import io.mqlsync.core.state.internal.JdbcStateStore;
import io.mqlsync.core.state.internal.Migrations;
import io.mqlsync.core.state.internal.Pools;
import io.mqlsync.core.state.internal.SqlRunner;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The state database: a connection pool (HikariCP) on a SQLite file or a PostgreSQL database, with
 * the schema brought up to date by Flyway when opened. Instances share it; each gets its
 * {@link StateStore} from {@link #forInstance(String)}.
 *
 * <pre>{@code
 * try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(config.stateUrl()), clock)) {
 *     StateStore store = db.forInstance("acme-hubspot");
 *     ...
 * }
 * }</pre>
 *
 * SQLite runs in WAL mode with a busy timeout, so a reader ({@code mqlsync report}) and the writer
 * (a running sync) work side by side; its writes take the write lock when their transaction begins.
 * Thread-safe; {@link #close()} ends every store obtained from it.
 */
public final class StateDatabase implements AutoCloseable {
    private final StateStoreSettings settings;
    private final HikariDataSource pool;
    private final SqlRunner sql;
    private final Clock clock;

    private StateDatabase(StateStoreSettings settings, HikariDataSource pool, Clock clock) {
        this.settings = settings;
        this.pool = pool;
        this.clock = clock;
        this.sql = new SqlRunner(pool);
    }

    /**
     * Opens the database, creating a SQLite file's folder, and applies pending migrations (none when the
     * schema is current).
     *
     * @param clock the time every stored instant and every expiry is taken from
     * @throws StateStoreException when the database cannot be reached or migrated
     */
    public static StateDatabase open(StateStoreSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        HikariDataSource pool = Pools.open(settings);
        try {
            Migrations.apply(pool, settings);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new StateDatabase(settings, pool, clock);
    }

    /**
     * The store of one instance.
     *
     * @param instance the instance's name ({@code instance:} of its config); never blank
     */
    public StateStore forInstance(String instance) {
        Objects.requireNonNull(instance, "instance");
        if (instance.isBlank()) {
            throw new IllegalArgumentException("an instance name must not be blank");
        }
        return new JdbcStateStore(instance, sql, clock, settings.backoff());
    }

    /**
     * The pooled data source, for components that keep their own tables in the same database (the
     * clustered Quartz job store). Closed with this database.
     */
    public DataSource dataSource() {
        return pool;
    }

    /** The settings it was opened with. */
    public StateStoreSettings settings() {
        return settings;
    }

    /** Closes the pool; stores obtained from this database fail afterwards. */
    @Override
    public void close() {
        pool.close();
    }
}
