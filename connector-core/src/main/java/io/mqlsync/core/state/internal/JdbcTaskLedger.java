package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.state.TaskEntry;
import io.mqlsync.core.state.TaskLedger;
import io.mqlsync.core.state.TaskState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The task ledger in the {@code task_ledger} table. */
final class JdbcTaskLedger implements TaskLedger {
    private static final String COLUMNS = "idempotency_key, lead_id, state, owner_id, crm_task_id, pending_ms, created_ms";

    /**
     * Per lead, the owner of its latest created task and its latest transition; window functions exist
     * in SQLite (3.25+) and PostgreSQL alike.
     */
    private static final String OPEN_BY_OWNER = "SELECT k.owner_id, COUNT(*) AS open_handoffs FROM"
            + " (SELECT lead_id, owner_id, ROW_NUMBER() OVER (PARTITION BY lead_id ORDER BY created_ms DESC, pending_ms DESC)"
            + " AS nth FROM task_ledger WHERE instance = ? AND state = ? AND owner_id IS NOT NULL) k"
            + " JOIN (SELECT lead_id, to_status, ROW_NUMBER() OVER (PARTITION BY lead_id ORDER BY id DESC) AS nth"
            + " FROM transitions WHERE instance = ?) s ON s.lead_id = k.lead_id"
            + " WHERE k.nth = 1 AND s.nth = 1 AND s.to_status IN (?, ?) GROUP BY k.owner_id";

    private final InstanceSql sql;

    JdbcTaskLedger(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public TaskEntry reserve(String idempotencyKey, LeadId lead, Optional<OwnerId> owner) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(owner, "owner");
        return sql.write("tasks.reserve", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO task_ledger (instance, idempotency_key, lead_id, state,"
                    + " owner_id, pending_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (instance, idempotency_key) DO NOTHING")) {
                s.setString(1, sql.instance());
                s.setString(2, idempotencyKey);
                s.setString(3, lead.value());
                s.setString(4, TaskState.PENDING.name());
                InstanceSql.setText(s, 5, owner.map(OwnerId::value));
                s.setLong(6, sql.nowMs());
                s.executeUpdate();
            }
            return find(c, idempotencyKey).orElseThrow();
        });
    }

    @Override
    public TaskEntry markCreated(String idempotencyKey, String crmTaskId, Optional<OwnerId> assignedOwner) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(crmTaskId, "crmTaskId");
        Objects.requireNonNull(assignedOwner, "assignedOwner");
        return sql.write("tasks.markCreated", c -> {
            TaskEntry entry = find(c, idempotencyKey).orElseThrow(() -> new IllegalStateException(
                    "task " + idempotencyKey + " was never reserved"));
            if (entry.state() == TaskState.CREATED) {
                return entry;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE task_ledger SET state = ?, crm_task_id = ?, created_ms = ?,"
                    + " owner_id = ? WHERE instance = ? AND idempotency_key = ?")) {
                s.setString(1, TaskState.CREATED.name());
                s.setString(2, crmTaskId);
                s.setLong(3, sql.nowMs());
                InstanceSql.setText(s, 4, assignedOwner.or(entry::owner).map(OwnerId::value));
                s.setString(5, sql.instance());
                s.setString(6, idempotencyKey);
                s.executeUpdate();
            }
            return find(c, idempotencyKey).orElseThrow();
        });
    }

    @Override
    public Optional<TaskEntry> find(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return sql.read("tasks.find", c -> find(c, idempotencyKey));
    }

    @Override
    public List<TaskEntry> pending() {
        return sql.read("tasks.pending", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM task_ledger"
                    + " WHERE instance = ? AND state = ? ORDER BY pending_ms, idempotency_key")) {
                s.setString(1, sql.instance());
                s.setString(2, TaskState.PENDING.name());
                try (ResultSet rows = s.executeQuery()) {
                    List<TaskEntry> entries = new ArrayList<>();
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                    return List.copyOf(entries);
                }
            }
        });
    }

    @Override
    public boolean discard(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return sql.write("tasks.discard", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM task_ledger WHERE instance = ? AND idempotency_key = ? AND state = ?")) {
                s.setString(1, sql.instance());
                s.setString(2, idempotencyKey);
                s.setString(3, TaskState.PENDING.name());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<TaskEntry> ofLead(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.read("tasks.ofLead", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM task_ledger"
                    + " WHERE instance = ? AND lead_id = ? ORDER BY pending_ms, idempotency_key")) {
                s.setString(1, sql.instance());
                s.setString(2, lead.value());
                try (ResultSet rows = s.executeQuery()) {
                    List<TaskEntry> entries = new ArrayList<>();
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                    return List.copyOf(entries);
                }
            }
        });
    }

    @Override
    public Map<OwnerId, Integer> openByOwner() {
        return sql.read("tasks.openByOwner", c -> {
            try (PreparedStatement s = c.prepareStatement(OPEN_BY_OWNER)) {
                s.setString(1, sql.instance());
                s.setString(2, TaskState.CREATED.name());
                s.setString(3, sql.instance());
                s.setString(4, MqlStatus.MQL.name());
                s.setString(5, MqlStatus.SAL.name());
                try (ResultSet rows = s.executeQuery()) {
                    Map<OwnerId, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(new OwnerId(rows.getString("owner_id")), rows.getInt("open_handoffs"));
                    }
                    return Map.copyOf(counts);
                }
            }
        });
    }

    private Optional<TaskEntry> find(Connection c, String idempotencyKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM task_ledger"
                + " WHERE instance = ? AND idempotency_key = ?")) {
            s.setString(1, sql.instance());
            s.setString(2, idempotencyKey);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        }
    }

    private static TaskEntry entry(ResultSet row) throws SQLException {
        return new TaskEntry(row.getString("idempotency_key"), new LeadId(row.getString("lead_id")),
                TaskState.valueOf(row.getString("state")), InstanceSql.optionalText(row, "owner_id").map(OwnerId::new),
                InstanceSql.optionalText(row, "crm_task_id"), InstanceSql.instant(row.getLong("pending_ms")),
                InstanceSql.optionalInstant(row, "created_ms"));
    }
}
