package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.state.OutcomeChecks;
import io.mqlsync.core.state.OutcomeRead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** When each SQL lead's deals were last read, in the {@code outcome_checks} table, one row per lead. */
final class JdbcOutcomeChecks implements OutcomeChecks {
    private final InstanceSql sql;
    private final JdbcDealHistory deals;

    JdbcOutcomeChecks(InstanceSql sql, JdbcDealHistory deals) {
        this.sql = sql;
        this.deals = deals;
    }

    @Override
    public int record(OutcomeRead read) {
        Objects.requireNonNull(read, "read");
        return sql.write("outcomes.record", c -> record(c, read));
    }

    /** Saves the read's deals and checks on {@code c}, inside the caller's transaction. */
    int record(Connection c, OutcomeRead read) throws SQLException {
        int changed = 0;
        for (Deal deal : read.deals()) {
            changed += deals.record(c, deal) ? 1 : 0;
        }
        for (LeadId lead : read.checked()) {
            check(c, lead, read.at(), read.settled(lead));
        }
        return changed;
    }

    private void check(Connection c, LeadId lead, Instant at, boolean settled) throws SQLException {
        // update, else insert: portable between SQLite and PostgreSQL, and one run holds the instance's lease
        try (PreparedStatement update = c.prepareStatement("UPDATE outcome_checks SET checked_ms = ?, settled = ?"
                + " WHERE instance = ? AND lead_id = ?")) {
            bind(update, lead, at, settled);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO outcome_checks (checked_ms, settled, instance, lead_id)"
                + " VALUES (?, ?, ?, ?)")) {
            bind(insert, lead, at, settled);
            insert.executeUpdate();
        }
    }

    private void bind(PreparedStatement s, LeadId lead, Instant at, boolean settled) throws SQLException {
        s.setLong(1, at.toEpochMilli());
        s.setInt(2, settled ? 1 : 0);
        s.setString(3, sql.instance());
        s.setString(4, lead.value());
    }

    @Override
    public List<LeadId> due(Instant checkedBefore, int limit) {
        Objects.requireNonNull(checkedBefore, "checkedBefore");
        if (limit <= 0) {
            return List.of();
        }
        return sql.read("outcomes.due", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT lead_id FROM outcome_checks"
                    + " WHERE instance = ? AND settled = 0 AND checked_ms < ? ORDER BY checked_ms, lead_id LIMIT ?")) {
                s.setString(1, sql.instance());
                s.setLong(2, checkedBefore.toEpochMilli());
                s.setInt(3, limit);
                try (ResultSet rows = s.executeQuery()) {
                    List<LeadId> due = new ArrayList<>();
                    while (rows.next()) {
                        due.add(new LeadId(rows.getString("lead_id")));
                    }
                    return due;
                }
            }
        });
    }
}
