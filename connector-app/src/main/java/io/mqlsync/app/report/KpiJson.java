package io.mqlsync.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.report.DurationSummary;
import io.mqlsync.core.report.FunnelRow;
import io.mqlsync.core.report.KpiReport;
import io.mqlsync.core.report.PeriodRow;
import io.mqlsync.core.report.QuadrantRow;
import io.mqlsync.core.report.ReasonCount;
import io.mqlsync.core.report.Recycling;
import io.mqlsync.core.report.SlaSummary;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The KPIs as one JSON document for machines. Rates are fractions from 0 to 1 or {@code null} when
 * undefined, durations are ISO-8601 strings, amounts are decimal strings per currency so that no money is
 * rounded by a float.
 */
final class KpiJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KpiJson() {
    }

    static String of(String instance, KpiReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("instance", instance).put("since", report.query().since().toString())
                .put("until", report.query().until().toString()).put("by", report.query().by().name().toLowerCase(Locale.ROOT))
                .put("zone", report.query().zone().getId()).put("transitions", report.transitions());
        root.set("total", funnel(report.total()));
        root.set("bySource", funnels(report.bySource()));
        root.set("byMedium", funnels(report.byMedium()));
        root.set("byCampaign", funnels(report.byCampaign()));
        ArrayNode rejections = root.putArray("rejections");
        for (ReasonCount reason : report.rejections()) {
            rejections.addObject().put("reason", reason.reason()).put("recycled", reason.recycled())
                    .put("disqualified", reason.disqualified());
        }
        Recycling r = report.recycling();
        root.putObject("recycling").put("recycledBySales", r.recycledBySales()).put("disqualifiedBySales", r.disqualifiedBySales())
                .put("expired", r.expired()).put("requalified", r.requalified()).put("disqualifiedByModel", r.disqualifiedByModel());
        root.set("sla", sla(report.sla()));
        root.set("timeToMql", durations(report.timeToMql()));
        ArrayNode quadrants = root.putArray("quadrants");
        for (QuadrantRow q : report.quadrants()) {
            quadrants.addObject().put("quadrant", q.quadrant().name()).put("mqls", q.mqls()).put("accepted", q.accepted())
                    .put("sql", q.sql()).put("rejected", q.rejected());
        }
        ArrayNode trend = root.putArray("trend");
        for (PeriodRow p : report.trend()) {
            ObjectNode period = funnel(p.funnel());
            period.put("start", p.start().toString()).put("rejected", p.rejected()).put("expired", p.expired())
                    .put("requalified", p.requalified());
            trend.add(period);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the KPIs could not be written as JSON", e);
        }
    }

    private static ArrayNode funnels(List<FunnelRow> rows) {
        ArrayNode array = JSON.createArrayNode();
        rows.forEach(r -> array.add(funnel(r)));
        return array;
    }

    private static ObjectNode funnel(FunnelRow row) {
        ObjectNode node = JSON.createObjectNode().put("key", row.key()).put("leadsScored", row.leadsScored())
                .put("newMqls", row.newMqls()).put("mqls", row.mqls()).put("accepted", row.accepted()).put("sql", row.sql())
                .put("won", row.won()).put("sqlWon", row.sqlWon());
        rate(node, "mqlRate", row.mqlRate());
        rate(node, "acceptedRate", row.acceptedRate());
        rate(node, "sqlRate", row.sqlRate());
        rate(node, "sqlToWonRate", row.sqlToWonRate());
        ObjectNode revenue = node.putObject("revenue");
        row.revenue().byCurrency().forEach((currency, amount) -> revenue.put(currency, amount.toPlainString()));
        node.put("wonDeals", row.revenue().wonDeals()).put("wonDealsWithoutAmount", row.revenue().wonWithoutAmount());
        return node;
    }

    private static ObjectNode sla(SlaSummary sla) {
        ObjectNode node = JSON.createObjectNode().put("qualifications", sla.qualifications()).put("responded", sla.responded())
                .put("withinSla", sla.withinSla()).put("expired", sla.expired()).put("awaiting", sla.awaiting())
                .put("awaitingOverdue", sla.awaitingOverdue());
        rate(node, "withinSlaShare", sla.withinSlaShare());
        node.set("responseTime", durations(sla.responseTime()));
        ArrayNode buckets = node.putArray("distribution");
        sla.distribution().forEach(b -> buckets.addObject().put("bucket", b.label()).put("responses", b.count()));
        return node;
    }

    private static ObjectNode durations(DurationSummary summary) {
        ObjectNode node = JSON.createObjectNode().put("count", summary.count());
        duration(node, "median", summary.median());
        duration(node, "p90", summary.p90());
        return node;
    }

    private static void duration(ObjectNode node, String name, Optional<Duration> value) {
        if (value.isPresent()) {
            node.put(name, value.get().toString());
        } else {
            node.putNull(name);
        }
    }

    private static void rate(ObjectNode node, String name, OptionalDouble rate) {
        if (rate.isPresent()) {
            node.put(name, rate.getAsDouble());
        } else {
            node.putNull(name);
        }
    }
}
