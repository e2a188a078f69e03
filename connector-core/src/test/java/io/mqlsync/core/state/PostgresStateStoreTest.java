package io.mqlsync.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The state store contract on PostgreSQL, as clustered workers use it: one embedded server for the
 * class (zonky's binaries from Maven Central, no Docker), a new database per test.
 */
class PostgresStateStoreTest extends StateStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void theQuartzJobStoreOfClusteredWorkersIsMigratedToo() throws SQLException {
        assertThat(TableScan.tableNames(db)).contains("qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers",
                "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
                "qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
    }

    @Override
    StateStoreSettings freshDatabase() throws Exception {
        String name = "state_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return StateStoreSettings.of(postgres.getJdbcUrl("postgres", name));
    }
}
