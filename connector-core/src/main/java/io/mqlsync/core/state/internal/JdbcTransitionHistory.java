package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.TransitionHistory;
import io.mqlsync.core.state.TransitionRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The transition history in the append-only {@code transitions} table. */
final class JdbcTransitionHistory implements TransitionHistory {
    /** Rows per read of a range: small enough for flat memory, large enough for few round trips. */
    static final int CHUNK = 500;
    /** Attribution values are CRM text; longer ones are cut. */
    private static final int MAX_TEXT = 500;
    private static final String COLUMNS = "id, lead_id, from_status, to_status, kind, reason, score, fit, intent, quadrant,"
            + " source, medium, campaign, model, occurred_ms";

    private final InstanceSql sql;

    JdbcTransitionHistory(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public boolean record(TransitionRecord transition) {
        Objects.requireNonNull(transition, "transition");
        return sql.write("transitions.record", c -> record(c, transition));
    }

    boolean record(Connection c, TransitionRecord t) throws SQLException {
        if (latest(c, t.lead()).filter(t::sameStepAs).isPresent()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO transitions (instance, lead_id, from_status, to_status, kind,"
                + " reason, score, fit, intent, quadrant, source, medium, campaign, model, occurred_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, sql.instance());
            s.setString(2, t.lead().value());
            s.setString(3, t.from().name());
            s.setString(4, t.to().name());
            s.setString(5, t.kind().name());
            InstanceSql.setText(s, 6, t.reason().map(ReasonCode::value));
            s.setDouble(7, t.score());
            s.setDouble(8, t.fit());
            s.setDouble(9, t.intent());
            s.setString(10, t.quadrant().name());
            InstanceSql.setText(s, 11, masked(t.attribution().source()));
            InstanceSql.setText(s, 12, masked(t.attribution().medium()));
            InstanceSql.setText(s, 13, masked(t.attribution().campaign()));
            s.setString(14, t.model());
            s.setLong(15, t.at().toEpochMilli());
            s.executeUpdate();
            return true;
        }
    }

    @Override
    public void forEachBetween(Instant from, Instant until, Consumer<TransitionRecord> action) {
        Objects.requireNonNull(action, "action");
        long fromMs = from.toEpochMilli();
        long untilMs = until.toEpochMilli();
        long afterMs = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        while (true) {
            List<Row> chunk = chunk(fromMs, untilMs, afterMs, afterId);
            chunk.forEach(row -> action.accept(row.transition));
            if (chunk.size() < CHUNK) {
                return;
            }
            Row last = chunk.get(chunk.size() - 1);
            afterMs = last.transition.at().toEpochMilli();
            afterId = last.id;
        }
    }

    private List<Row> chunk(long fromMs, long untilMs, long afterMs, long afterId) {
        return sql.read("transitions.between", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM transitions WHERE instance = ?"
                    + " AND occurred_ms >= ? AND occurred_ms < ? AND (occurred_ms > ? OR (occurred_ms = ? AND id > ?))"
                    + " ORDER BY occurred_ms, id LIMIT ?")) {
                s.setString(1, sql.instance());
                s.setLong(2, fromMs);
                s.setLong(3, untilMs);
                s.setLong(4, afterMs);
                s.setLong(5, afterMs);
                s.setLong(6, afterId);
                s.setInt(7, CHUNK);
                return rows(s);
            }
        });
    }

    @Override
    public List<TransitionRecord> between(Instant from, Instant until) {
        List<TransitionRecord> all = new ArrayList<>();
        forEachBetween(from, until, all::add);
        return List.copyOf(all);
    }

    @Override
    public List<TransitionRecord> ofLead(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.read("transitions.ofLead", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM transitions"
                    + " WHERE instance = ? AND lead_id = ? ORDER BY id")) {
                s.setString(1, sql.instance());
                s.setString(2, lead.value());
                return rows(s).stream().map(Row::transition).toList();
            }
        });
    }

    @Override
    public Optional<TransitionRecord> latest(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.read("transitions.latest", c -> latest(c, lead));
    }

    private Optional<TransitionRecord> latest(Connection c, LeadId lead) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM transitions"
                + " WHERE instance = ? AND lead_id = ? ORDER BY id DESC LIMIT 1")) {
            s.setString(1, sql.instance());
            s.setString(2, lead.value());
            return rows(s).stream().findFirst().map(Row::transition);
        }
    }

    private static List<Row> rows(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            List<Row> out = new ArrayList<>();
            while (rows.next()) {
                out.add(new Row(rows.getLong("id"), transition(rows)));
            }
            return out;
        }
    }

    private static TransitionRecord transition(ResultSet row) throws SQLException {
        Attribution attribution = new Attribution(InstanceSql.optionalText(row, "source"),
                InstanceSql.optionalText(row, "medium"), InstanceSql.optionalText(row, "campaign"));
        return new TransitionRecord(new LeadId(row.getString("lead_id")), MqlStatus.valueOf(row.getString("from_status")),
                MqlStatus.valueOf(row.getString("to_status")), Transition.valueOf(row.getString("kind")),
                InstanceSql.optionalText(row, "reason").map(ReasonCode::new), row.getDouble("score"), row.getDouble("fit"),
                row.getDouble("intent"), Quadrant.valueOf(row.getString("quadrant")), attribution, row.getString("model"),
                InstanceSql.instant(row.getLong("occurred_ms")));
    }

    private static Optional<String> masked(Optional<String> text) {
        return text.map(t -> Redaction.text(t, MAX_TEXT));
    }

    /** A row and its id, which orders rows recorded at the same millisecond. */
    private record Row(long id, TransitionRecord transition) {
    }
}
