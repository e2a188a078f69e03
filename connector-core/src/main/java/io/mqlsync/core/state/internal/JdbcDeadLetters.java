package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.core.state.DeadLetter;
import io.mqlsync.core.state.DeadLetterBackoff;
import io.mqlsync.core.state.DeadLetters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Dead letters in the {@code dead_letters} table, one per lead. */
final class JdbcDeadLetters implements DeadLetters {
    /** CRM messages are short; a longer one is cut rather than stored whole. */
    private static final int MAX_MESSAGE = 2000;
    private static final String COLUMNS = "lead_id, change_json, error_code, error_message, attempts, first_failed_ms,"
            + " last_failed_ms, next_attempt_ms";

    private final InstanceSql sql;
    private final DeadLetterBackoff backoff;

    JdbcDeadLetters(InstanceSql sql, DeadLetterBackoff backoff) {
        this.sql = sql;
        this.backoff = backoff;
    }

    @Override
    public DeadLetter recordFailure(LeadChange change, WriteResult.Failure failure) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(failure, "failure");
        return sql.write("deadLetters.recordFailure", c -> {
            recordFailure(c, change, failure);
            return find(c, change.lead()).orElseThrow();
        });
    }

    void recordFailure(Connection c, LeadChange change, WriteResult.Failure failure) throws SQLException {
        Optional<DeadLetter> previous = find(c, change.lead());
        int attempts = previous.map(d -> d.attempts() + 1).orElse(1);
        long now = sql.nowMs();
        long first = previous.map(d -> d.firstFailedAt().toEpochMilli()).orElse(now);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dead_letters (instance, " + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (instance, lead_id) DO UPDATE SET"
                + " change_json = excluded.change_json, error_code = excluded.error_code,"
                + " error_message = excluded.error_message, attempts = excluded.attempts,"
                + " last_failed_ms = excluded.last_failed_ms, next_attempt_ms = excluded.next_attempt_ms")) {
            s.setString(1, sql.instance());
            s.setString(2, change.lead().value());
            s.setString(3, StoredChange.encode(change));
            s.setString(4, Redaction.text(failure.code(), MAX_MESSAGE));
            s.setString(5, Redaction.text(failure.message(), MAX_MESSAGE));
            s.setInt(6, attempts);
            s.setLong(7, first);
            s.setLong(8, now);
            s.setLong(9, now + backoff.after(attempts).toMillis());
            s.executeUpdate();
        }
    }

    @Override
    public List<DeadLetter> due(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return sql.read("deadLetters.due", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM dead_letters"
                    + " WHERE instance = ? AND next_attempt_ms <= ? ORDER BY next_attempt_ms, lead_id LIMIT ?")) {
                s.setString(1, sql.instance());
                s.setLong(2, sql.nowMs());
                s.setInt(3, limit);
                try (ResultSet rows = s.executeQuery()) {
                    List<DeadLetter> letters = new ArrayList<>();
                    while (rows.next()) {
                        letters.add(letter(rows));
                    }
                    return List.copyOf(letters);
                }
            }
        });
    }

    @Override
    public Optional<DeadLetter> find(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.read("deadLetters.find", c -> find(c, lead));
    }

    @Override
    public boolean resolve(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.write("deadLetters.resolve", c -> resolve(c, lead));
    }

    boolean resolve(Connection c, LeadId lead) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM dead_letters WHERE instance = ? AND lead_id = ?")) {
            s.setString(1, sql.instance());
            s.setString(2, lead.value());
            return s.executeUpdate() == 1;
        }
    }

    @Override
    public int count() {
        return sql.read("deadLetters.count", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM dead_letters WHERE instance = ?")) {
                s.setString(1, sql.instance());
                try (ResultSet row = s.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private Optional<DeadLetter> find(Connection c, LeadId lead) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM dead_letters WHERE instance = ? AND lead_id = ?")) {
            s.setString(1, sql.instance());
            s.setString(2, lead.value());
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(letter(row)) : Optional.empty();
            }
        }
    }

    private static DeadLetter letter(ResultSet row) throws SQLException {
        StoredChange.Decoded stored = StoredChange.decode(row.getString("change_json"));
        return new DeadLetter(new LeadId(row.getString("lead_id")), stored.change(), stored.task(),
                row.getString("error_code"), row.getString("error_message"), row.getInt("attempts"),
                InstanceSql.instant(row.getLong("first_failed_ms")), InstanceSql.instant(row.getLong("last_failed_ms")),
                InstanceSql.instant(row.getLong("next_attempt_ms")));
    }
}
