package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.LeadSeen;
import io.mqlsync.core.state.LeadsSeen;
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

/** First sightings of leads in the {@code leads_seen} table, one row per lead, never updated. */
final class JdbcLeadsSeen implements LeadsSeen {
    /** Rows per read of a range: flat memory, few round trips. */
    static final int CHUNK = 500;
    /** Attribution values are CRM text; longer ones are cut, as in the transition history. */
    private static final int MAX_TEXT = 500;
    private static final String COLUMNS = "lead_id, first_seen_ms, source, medium, campaign";

    private final InstanceSql sql;

    JdbcLeadsSeen(InstanceSql sql) {
        this.sql = sql;
    }

    /**
     * Inserts the leads not seen before, in one batch on the page's connection; a lead already known keeps
     * its first sighting (both databases support {@code ON CONFLICT DO NOTHING}).
     */
    void record(Connection c, List<LeadSeen> seen) throws SQLException {
        if (seen.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO leads_seen (instance, lead_id, first_seen_ms, source,"
                + " medium, campaign) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (instance, lead_id) DO NOTHING")) {
            for (LeadSeen lead : seen) {
                s.setString(1, sql.instance());
                s.setString(2, lead.lead().value());
                s.setLong(3, lead.firstSeen().toEpochMilli());
                InstanceSql.setText(s, 4, masked(lead.attribution().source()));
                InstanceSql.setText(s, 5, masked(lead.attribution().medium()));
                InstanceSql.setText(s, 6, masked(lead.attribution().campaign()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public Optional<LeadSeen> of(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.read("leadsSeen.of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM leads_seen"
                    + " WHERE instance = ? AND lead_id = ?")) {
                s.setString(1, sql.instance());
                s.setString(2, lead.value());
                return rows(s).stream().findFirst();
            }
        });
    }

    @Override
    public void forEachFirstSeenBetween(Instant from, Instant until, Consumer<LeadSeen> action) {
        Objects.requireNonNull(action, "action");
        long afterMs = Long.MIN_VALUE;
        String afterLead = "";
        while (true) {
            List<LeadSeen> chunk = chunk(from.toEpochMilli(), until.toEpochMilli(), afterMs, afterLead);
            chunk.forEach(action);
            if (chunk.size() < CHUNK) {
                return;
            }
            LeadSeen last = chunk.get(chunk.size() - 1);
            afterMs = last.firstSeen().toEpochMilli();
            afterLead = last.lead().value();
        }
    }

    private List<LeadSeen> chunk(long fromMs, long untilMs, long afterMs, String afterLead) {
        return sql.read("leadsSeen.between", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM leads_seen WHERE instance = ?"
                    + " AND first_seen_ms >= ? AND first_seen_ms < ?"
                    + " AND (first_seen_ms > ? OR (first_seen_ms = ? AND lead_id > ?))"
                    + " ORDER BY first_seen_ms, lead_id LIMIT ?")) {
                s.setString(1, sql.instance());
                s.setLong(2, fromMs);
                s.setLong(3, untilMs);
                s.setLong(4, afterMs);
                s.setLong(5, afterMs);
                s.setString(6, afterLead);
                s.setInt(7, CHUNK);
                return rows(s);
            }
        });
    }

    private static List<LeadSeen> rows(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            List<LeadSeen> out = new ArrayList<>();
            while (rows.next()) {
                out.add(new LeadSeen(new LeadId(rows.getString("lead_id")), InstanceSql.instant(rows.getLong("first_seen_ms")),
                        new Attribution(InstanceSql.optionalText(rows, "source"), InstanceSql.optionalText(rows, "medium"),
                                InstanceSql.optionalText(rows, "campaign"))));
            }
            return out;
        }
    }

    private static Optional<String> masked(Optional<String> text) {
        return text.map(t -> Redaction.text(t, MAX_TEXT));
    }
}
