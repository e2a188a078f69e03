package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.state.DealHistory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The deals of an instance's leads in the {@code deals} table, one row per deal and lead. */
final class JdbcDealHistory implements DealHistory {
    /** Rows per read of all deals: flat memory, few round trips. */
    static final int CHUNK = 500;
    private static final String COLUMNS = "deal_id, lead_id, stage, amount, currency, stage_ms";

    private final InstanceSql sql;

    JdbcDealHistory(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public boolean record(Deal deal) {
        Objects.requireNonNull(deal, "deal");
        return sql.write("deals.record", c -> record(c, deal));
    }

    boolean record(Connection c, Deal deal) throws SQLException {
        Deal stored = storable(deal);
        Optional<Deal> known = find(c, stored);
        if (known.filter(stored::equals).isPresent()) {
            return false;
        }
        String statement = known.isPresent()
                ? "UPDATE deals SET stage = ?, amount = ?, currency = ?, stage_ms = ?, recorded_ms = ?"
                        + " WHERE instance = ? AND deal_id = ? AND lead_id = ?"
                : "INSERT INTO deals (stage, amount, currency, stage_ms, recorded_ms, instance, deal_id, lead_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, stored.stage().name());
            InstanceSql.setText(s, 2, stored.amount().map(BigDecimal::toPlainString));
            InstanceSql.setText(s, 3, stored.currency());
            s.setLong(4, stored.at().toEpochMilli());
            s.setLong(5, sql.nowMs());
            s.setString(6, sql.instance());
            s.setString(7, stored.id());
            s.setString(8, stored.lead().value());
            s.executeUpdate();
            return true;
        }
    }

    /** The deal as the table keeps it: times to the millisecond. */
    private static Deal storable(Deal deal) {
        return new Deal(deal.id(), deal.lead(), deal.stage(), deal.amount(), deal.currency(),
                deal.at().truncatedTo(ChronoUnit.MILLIS));
    }

    private Optional<Deal> find(Connection c, Deal deal) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deals"
                + " WHERE instance = ? AND deal_id = ? AND lead_id = ?")) {
            s.setString(1, sql.instance());
            s.setString(2, deal.id());
            s.setString(3, deal.lead().value());
            return rows(s).stream().findFirst();
        }
    }

    @Override
    public List<Deal> ofLead(LeadId lead) {
        Objects.requireNonNull(lead, "lead");
        return sql.read("deals.ofLead", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deals"
                    + " WHERE instance = ? AND lead_id = ? ORDER BY deal_id")) {
                s.setString(1, sql.instance());
                s.setString(2, lead.value());
                return rows(s);
            }
        });
    }

    @Override
    public void forEach(Consumer<Deal> action) {
        Objects.requireNonNull(action, "action");
        String afterLead = "";
        String afterDeal = "";
        while (true) {
            List<Deal> chunk = chunkAfter(afterLead, afterDeal);
            chunk.forEach(action);
            if (chunk.size() < CHUNK) {
                return;
            }
            Deal last = chunk.get(chunk.size() - 1);
            afterLead = last.lead().value();
            afterDeal = last.id();
        }
    }

    private List<Deal> chunkAfter(String afterLead, String afterDeal) {
        return sql.read("deals.forEach", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM deals WHERE instance = ?"
                    + " AND (lead_id > ? OR (lead_id = ? AND deal_id > ?)) ORDER BY lead_id, deal_id LIMIT ?")) {
                s.setString(1, sql.instance());
                s.setString(2, afterLead);
                s.setString(3, afterLead);
                s.setString(4, afterDeal);
                s.setInt(5, CHUNK);
                return rows(s);
            }
        });
    }

    private static List<Deal> rows(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            List<Deal> out = new ArrayList<>();
            while (rows.next()) {
                out.add(new Deal(rows.getString("deal_id"), new LeadId(rows.getString("lead_id")),
                        DealStage.valueOf(rows.getString("stage")),
                        InstanceSql.optionalText(rows, "amount").map(BigDecimal::new),
                        InstanceSql.optionalText(rows, "currency"), InstanceSql.instant(rows.getLong("stage_ms"))));
            }
            return out;
        }
    }
}
