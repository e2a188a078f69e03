package io.mqlsync.core.state.internal;

import io.mqlsync.core.routing.RoundRobinPositions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/**
 * Round-robin positions in the {@code round_robin} table. One UPSERT ... RETURNING moves a pool on: on
 * PostgreSQL the conflicting row is locked, so concurrent workers queue on it and none loses a turn;
 * on SQLite the statement holds the database's write lock.
 */
final class JdbcRoundRobin implements RoundRobinPositions {
    private final InstanceSql sql;

    JdbcRoundRobin(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public long getAndAdvance(String poolKey) {
        Objects.requireNonNull(poolKey, "poolKey");
        return sql.write("roundRobin.getAndAdvance", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO round_robin (instance, pool_key, next_position)"
                    + " VALUES (?, ?, 1) ON CONFLICT (instance, pool_key)"
                    + " DO UPDATE SET next_position = round_robin.next_position + 1 RETURNING next_position")) {
                s.setString(1, sql.instance());
                s.setString(2, poolKey);
                try (ResultSet row = s.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("an upsert returned no row");
                    }
                    return row.getLong(1) - 1;
                }
            }
        });
    }
}
