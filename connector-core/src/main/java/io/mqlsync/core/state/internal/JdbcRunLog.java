package io.mqlsync.core.state.internal;

import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.state.RunCounts;
import io.mqlsync.core.state.RunId;
import io.mqlsync.core.state.RunLog;
import io.mqlsync.core.state.RunMode;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.RunSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The run log in the {@code runs}, {@code run_api_calls} and {@code run_errors} tables. */
final class JdbcRunLog implements RunLog {
    private static final String COLUMNS = "run_id, mode, outcome, started_ms, finished_ms, records_read, scored, changed,"
            + " mqls, accepted, recycled, disqualified, tasks, dead_letters";

    private final InstanceSql sql;

    JdbcRunLog(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public RunRecord start(RunMode mode) {
        Objects.requireNonNull(mode, "mode");
        RunId id = new RunId(UUID.randomUUID().toString());
        return sql.write("runs.start", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE runs SET outcome = ? WHERE instance = ? AND outcome = ?")) {
                s.setString(1, RunOutcome.INTERRUPTED.name());
                s.setString(2, sql.instance());
                s.setString(3, RunOutcome.RUNNING.name());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (run_id, instance, mode, outcome, started_ms,"
                    + " records_read, scored, changed, mqls, accepted, recycled, disqualified, tasks, dead_letters)"
                    + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)")) {
                s.setString(1, id.value());
                s.setString(2, sql.instance());
                s.setString(3, mode.name());
                s.setString(4, RunOutcome.RUNNING.name());
                s.setLong(5, sql.nowMs());
                s.executeUpdate();
            }
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public RunRecord finish(RunId run, RunOutcome outcome, RunSummary summary) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(summary, "summary");
        if (!outcome.isFinal()) {
            throw new IllegalArgumentException("a run finishes with a final outcome, not " + outcome);
        }
        return sql.write("runs.finish", c -> {
            RunRecord current = find(c, run).orElseThrow(() -> new IllegalStateException("run " + run + " is unknown"));
            if (current.outcome() != RunOutcome.RUNNING) {
                throw new IllegalStateException("run " + run + " is " + current.outcome() + ", not running");
            }
            update(c, run, outcome, summary.counts());
            insertCalls(c, run, summary.apiCalls());
            insertErrors(c, run, summary.errors());
            return find(c, run).orElseThrow();
        });
    }

    private void update(Connection c, RunId run, RunOutcome outcome, RunCounts n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE runs SET outcome = ?, finished_ms = ?, records_read = ?, scored = ?,"
                + " changed = ?, mqls = ?, accepted = ?, recycled = ?, disqualified = ?, tasks = ?, dead_letters = ?"
                + " WHERE run_id = ?")) {
            s.setString(1, outcome.name());
            s.setLong(2, sql.nowMs());
            long[] counts = {n.read(), n.scored(), n.changed(), n.mqls(), n.accepted(), n.recycled(), n.disqualified(),
                n.tasks(), n.deadLetters()};
            for (int i = 0; i < counts.length; i++) {
                s.setLong(3 + i, counts[i]);
            }
            s.setString(12, run.value());
            s.executeUpdate();
        }
    }

    private static void insertCalls(Connection c, RunId run, Map<CallKind, Long> calls) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_api_calls (run_id, call_kind, calls) VALUES (?, ?, ?)")) {
            for (Map.Entry<CallKind, Long> call : calls.entrySet()) {
                s.setString(1, run.value());
                s.setString(2, call.getKey().name());
                s.setLong(3, call.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertErrors(Connection c, RunId run, List<String> errors) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_errors (run_id, position, message) VALUES (?, ?, ?)")) {
            for (int i = 0; i < Math.min(errors.size(), RunSummary.MAX_ERRORS); i++) {
                s.setString(1, run.value());
                s.setInt(2, i);
                s.setString(3, Redaction.text(errors.get(i), RunSummary.MAX_ERROR_LENGTH));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public Optional<RunRecord> find(RunId run) {
        Objects.requireNonNull(run, "run");
        return sql.read("runs.find", c -> find(c, run));
    }

    @Override
    public List<RunRecord> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return sql.read("runs.recent", c -> select(c, "WHERE instance = ? ORDER BY seq DESC LIMIT ?", sql.instance(), limit));
    }

    @Override
    public Optional<RunRecord> lastSucceeded() {
        return sql.read("runs.lastSucceeded", c -> select(c, "WHERE instance = ? AND outcome = ? ORDER BY seq DESC LIMIT 1",
                sql.instance(), RunOutcome.SUCCEEDED.name()).stream().findFirst());
    }

    private Optional<RunRecord> find(Connection c, RunId run) throws SQLException {
        return select(c, "WHERE instance = ? AND run_id = ?", sql.instance(), run.value()).stream().findFirst();
    }

    private static List<RunRecord> select(Connection c, String where, Object... parameters) throws SQLException {
        List<RunRecord> runs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(c, rows));
                }
            }
        }
        return List.copyOf(runs);
    }

    private static RunRecord run(Connection c, ResultSet row) throws SQLException {
        RunId id = new RunId(row.getString("run_id"));
        RunCounts counts = new RunCounts(row.getLong("records_read"), row.getLong("scored"), row.getLong("changed"),
                row.getLong("mqls"), row.getLong("accepted"), row.getLong("recycled"), row.getLong("disqualified"),
                row.getLong("tasks"), row.getLong("dead_letters"));
        RunSummary summary = new RunSummary(counts, calls(c, id), errors(c, id));
        return new RunRecord(id, RunMode.valueOf(row.getString("mode")), RunOutcome.valueOf(row.getString("outcome")),
                InstanceSql.instant(row.getLong("started_ms")), InstanceSql.optionalInstant(row, "finished_ms"), summary);
    }

    private static Map<CallKind, Long> calls(Connection c, RunId run) throws SQLException {
        Map<CallKind, Long> calls = new EnumMap<>(CallKind.class);
        try (PreparedStatement s = c.prepareStatement("SELECT call_kind, calls FROM run_api_calls WHERE run_id = ?")) {
            s.setString(1, run.value());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    calls.put(CallKind.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return calls;
    }

    private static List<String> errors(Connection c, RunId run) throws SQLException {
        List<String> errors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT message FROM run_errors WHERE run_id = ? ORDER BY position")) {
            s.setString(1, run.value());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    errors.add(rows.getString(1));
                }
            }
        }
        return errors;
    }
}
