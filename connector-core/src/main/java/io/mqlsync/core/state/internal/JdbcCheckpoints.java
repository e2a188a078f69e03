package io.mqlsync.core.state.internal;

import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.state.Checkpoint;
import io.mqlsync.core.state.Checkpoints;
import io.mqlsync.core.state.ReadStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Checkpoints in the {@code checkpoints} table. */
final class JdbcCheckpoints implements Checkpoints {
    private final InstanceSql sql;

    JdbcCheckpoints(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Checkpoint> find(ReadStream stream) {
        return sql.read("checkpoints.find", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT cursor_value, records_done, saved_ms FROM checkpoints WHERE instance = ? AND stream = ?")) {
                s.setString(1, sql.instance());
                s.setString(2, stream.name());
                try (ResultSet row = s.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Checkpoint(stream, new Cursor(row.getString(1)), row.getLong(2),
                                    InstanceSql.instant(row.getLong(3))))
                            : Optional.<Checkpoint>empty();
                }
            }
        });
    }

    @Override
    public void save(ReadStream stream, Cursor cursor, long recordsDone) {
        sql.write("checkpoints.save", c -> {
            save(c, stream, cursor, recordsDone);
            return null;
        });
    }

    void save(Connection c, ReadStream stream, Cursor cursor, long recordsDone) throws SQLException {
        if (recordsDone < 0) {
            throw new IllegalArgumentException("recordsDone must not be negative");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO checkpoints (instance, stream, cursor_value, records_done, saved_ms)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance, stream) DO UPDATE SET cursor_value = excluded.cursor_value,"
                + " records_done = excluded.records_done, saved_ms = excluded.saved_ms")) {
            s.setString(1, sql.instance());
            s.setString(2, stream.name());
            s.setString(3, cursor.value());
            s.setLong(4, recordsDone);
            s.setLong(5, sql.nowMs());
            s.executeUpdate();
        }
    }

    @Override
    public void clear(ReadStream stream) {
        sql.write("checkpoints.clear", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM checkpoints WHERE instance = ? AND stream = ?")) {
                s.setString(1, sql.instance());
                s.setString(2, stream.name());
                return s.executeUpdate();
            }
        });
    }
}
