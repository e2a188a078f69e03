package io.mqlsync.core.state.internal;

import io.mqlsync.core.state.InstanceLease;
import io.mqlsync.core.state.Lease;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The instance lease in the {@code instance_lease} table. Taking it is one conditional UPSERT: it
 * inserts, or overwrites a row that expired or is the caller's own, and otherwise changes nothing, so
 * two workers racing for it cannot both win.
 */
final class JdbcLease implements InstanceLease {
    private final InstanceSql sql;

    JdbcLease(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Lease> acquire(String holder, Duration ttl) {
        check(holder, ttl);
        long now = sql.nowMs();
        long expires = now + ttl.toMillis();
        int taken = sql.write("lease.acquire", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO instance_lease (instance, holder, acquired_ms, expires_ms)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (instance) DO UPDATE SET holder = excluded.holder,"
                    + " acquired_ms = excluded.acquired_ms, expires_ms = excluded.expires_ms"
                    + " WHERE instance_lease.expires_ms <= ? OR instance_lease.holder = excluded.holder")) {
                s.setString(1, sql.instance());
                s.setString(2, holder);
                s.setLong(3, now);
                s.setLong(4, expires);
                s.setLong(5, now);
                return s.executeUpdate();
            }
        });
        return taken == 1
                ? Optional.of(new Lease(holder, InstanceSql.instant(now), InstanceSql.instant(expires)))
                : Optional.empty();
    }

    @Override
    public Optional<Lease> takeOver(String previous, String holder, Duration ttl) {
        Objects.requireNonNull(previous, "previous");
        check(holder, ttl);
        long now = sql.nowMs();
        long expires = now + ttl.toMillis();
        int taken = sql.write("lease.takeOver", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE instance_lease SET holder = ?, acquired_ms = ?, expires_ms = ?"
                    + " WHERE instance = ? AND holder = ?")) {
                s.setString(1, holder);
                s.setLong(2, now);
                s.setLong(3, expires);
                s.setString(4, sql.instance());
                s.setString(5, previous);
                return s.executeUpdate();
            }
        });
        return taken == 1
                ? Optional.of(new Lease(holder, InstanceSql.instant(now), InstanceSql.instant(expires)))
                : Optional.empty();
    }

    @Override
    public boolean renew(String holder, Duration ttl) {
        check(holder, ttl);
        long expires = sql.nowMs() + ttl.toMillis();
        return sql.write("lease.renew", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE instance_lease SET expires_ms = ? WHERE instance = ? AND holder = ?")) {
                s.setLong(1, expires);
                s.setString(2, sql.instance());
                s.setString(3, holder);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(String holder) {
        Objects.requireNonNull(holder, "holder");
        sql.write("lease.release", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM instance_lease WHERE instance = ? AND holder = ?")) {
                s.setString(1, sql.instance());
                s.setString(2, holder);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Lease> current() {
        return sql.read("lease.current", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT holder, acquired_ms, expires_ms FROM instance_lease WHERE instance = ?")) {
                s.setString(1, sql.instance());
                try (ResultSet row = s.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Lease(row.getString(1), InstanceSql.instant(row.getLong(2)),
                                    InstanceSql.instant(row.getLong(3))))
                            : Optional.<Lease>empty();
                }
            }
        });
    }

    private static void check(String holder, Duration ttl) {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(ttl, "ttl");
        if (holder.isBlank()) {
            throw new IllegalArgumentException("a lease holder must not be blank");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a lease's ttl must be positive");
        }
    }
}
