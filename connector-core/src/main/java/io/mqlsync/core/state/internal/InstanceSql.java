package io.mqlsync.core.state.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The SQL runner, the instance and the clock every table of one instance's store works with. */
record InstanceSql(SqlRunner runner, String instance, Clock clock) {

    <T> T read(String operation, SqlRunner.Work<T> work) {
        return runner.read(operation, instance, work);
    }

    <T> T write(String operation, SqlRunner.Work<T> work) {
        return runner.write(operation, instance, work);
    }

    /** Now, to the millisecond the tables keep. */
    long nowMs() {
        return clock.millis();
    }

    static Instant instant(long epochMs) {
        return Instant.ofEpochMilli(epochMs);
    }

    static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        long ms = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
    }

    static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
