package io.mqlsync.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.Cursor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state store contract on a SQLite file, plus what is SQLite's own: the file, WAL, a busy writer. */
class SqliteStateStoreTest extends StateStoreContract {
    @TempDir
    Path dir;

    @Override
    StateStoreSettings freshDatabase() {
        return StateStoreSettings.sqliteIn(dir.resolve("data/nested"), INSTANCE);
    }

    @Test
    void theDatabaseFileIsCreatedWithItsFolders() {
        assertThat(dir.resolve("data/nested/" + INSTANCE + ".db")).isRegularFile();
    }

    @Test
    void aLocalStoreHasNoQuartzTables() throws SQLException {
        assertThat(TableScan.tableNames(db)).isNotEmpty().noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("qrtz_"));
    }

    @Test
    void theDatabaseRunsInWriteAheadLogMode() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("PRAGMA journal_mode")) {
            row.next();
            assertThat(row.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void aReaderReadsWhileAnotherConnectionHoldsAWriteTransaction() throws SQLException {
        store.checkpoints().save(ReadStream.INCREMENTAL, new Cursor("committed"), 1);
        StateStore reader = open(settings).forInstance(INSTANCE);
        try (Connection writer = db.dataSource().getConnection()) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("UPDATE checkpoints SET cursor_value = 'uncommitted'");
            }
            assertThat(reader.checkpoints().find(ReadStream.INCREMENTAL).orElseThrow().cursor()).isEqualTo(new Cursor("committed"));
            writer.commit();
        }
        assertThat(reader.checkpoints().find(ReadStream.INCREMENTAL).orElseThrow().cursor()).isEqualTo(new Cursor("uncommitted"));
    }

    @Test
    void aWriterWaitsForAnotherWritersTransactionInsteadOfFailing() throws Exception {
        StateStore other = open(settings).forInstance(INSTANCE);
        Thread waiting;
        try (Connection writer = db.dataSource().getConnection()) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("INSERT INTO round_robin (instance, pool_key, next_position) VALUES ('x', 'p', 1)");
            }
            waiting = Thread.ofPlatform().start(() -> other.roundRobin().getAndAdvance("pool:a"));
            waiting.join(200); // still blocked on the write lock: it waits (busy_timeout) rather than failing
            assertThat(waiting.isAlive()).isTrue();
            writer.rollback();
        } // sqlite-jdbc begins the next transaction right after a commit or rollback: closing ends it
        waiting.join();
        assertThat(other.roundRobin().getAndAdvance("pool:a")).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("data/nested/" + INSTANCE + ".db-wal"))).isTrue();
    }
}
