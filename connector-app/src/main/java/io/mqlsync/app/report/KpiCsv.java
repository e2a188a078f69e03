package io.mqlsync.app.report;

import io.mqlsync.core.report.DurationSummary;
import io.mqlsync.core.report.FunnelRow;
import io.mqlsync.core.report.KpiReport;
import io.mqlsync.core.report.PeriodRow;
import io.mqlsync.core.report.QuadrantRow;
import io.mqlsync.core.report.ReasonCount;
import io.mqlsync.core.report.Recycling;
import io.mqlsync.core.report.SlaSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The KPIs as one long CSV table, {@code section,group,metric,value}: easy to filter and pivot in a
 * spreadsheet. Rates are fractions from 0 to 1 (empty when undefined), durations are seconds, amounts
 * keep every decimal. A cell that a spreadsheet would read as a formula is prefixed with {@code '}.
 */
final class KpiCsv {
    private final StringBuilder out = new StringBuilder("section,group,metric,value\n");

    private KpiCsv() {
    }

    static String of(KpiReport report) {
        KpiCsv csv = new KpiCsv();
        csv.funnel("funnel", report.total());
        report.bySource().forEach(r -> csv.funnel("by_source", r));
        report.byMedium().forEach(r -> csv.funnel("by_medium", r));
        report.byCampaign().forEach(r -> csv.funnel("by_campaign", r));
        for (ReasonCount reason : report.rejections()) {
            csv.row("rejections", reason.reason(), "recycled", reason.recycled());
            csv.row("rejections", reason.reason(), "disqualified", reason.disqualified());
        }
        Recycling r = report.recycling();
        csv.row("recycling", "total", "recycled_by_sales", r.recycledBySales());
        csv.row("recycling", "total", "disqualified_by_sales", r.disqualifiedBySales());
        csv.row("recycling", "total", "expired", r.expired());
        csv.row("recycling", "total", "requalified", r.requalified());
        csv.row("recycling", "total", "disqualified_by_model", r.disqualifiedByModel());
        csv.sla(report.sla());
        csv.durations("time_to_mql", report.timeToMql());
        for (QuadrantRow q : report.quadrants()) {
            csv.row("quadrants", q.quadrant().name(), "mqls", q.mqls());
            csv.row("quadrants", q.quadrant().name(), "accepted", q.accepted());
            csv.row("quadrants", q.quadrant().name(), "sql", q.sql());
            csv.row("quadrants", q.quadrant().name(), "rejected", q.rejected());
        }
        for (PeriodRow p : report.trend()) {
            csv.funnel("trend", p.funnel());
            csv.row("trend", p.label(), "rejected", p.rejected());
            csv.row("trend", p.label(), "expired", p.expired());
            csv.row("trend", p.label(), "requalified", p.requalified());
        }
        return csv.out.toString();
    }

    private void funnel(String section, FunnelRow row) {
        String group = row.key();
        row(section, group, "leads_scored", row.leadsScored());
        row(section, group, "mqls", row.mqls());
        row(section, group, "mql_rate", rate(row.mqlRate()));
        row(section, group, "accepted", row.accepted());
        row(section, group, "accepted_rate", rate(row.acceptedRate()));
        row(section, group, "sql", row.sql());
        row(section, group, "sql_rate", rate(row.sqlRate()));
        row(section, group, "won", row.won());
        row(section, group, "sql_to_won_rate", rate(row.sqlToWonRate()));
        row.revenue().byCurrency().forEach((currency, amount) -> row(section, group, "revenue_" + currency, amount.toPlainString()));
    }

    private void sla(SlaSummary sla) {
        row("sla", "total", "qualifications", sla.qualifications());
        row("sla", "total", "responded", sla.responded());
        row("sla", "total", "within_sla", sla.withinSla());
        row("sla", "total", "within_sla_share", rate(sla.withinSlaShare()));
        row("sla", "total", "expired", sla.expired());
        row("sla", "total", "awaiting", sla.awaiting());
        row("sla", "total", "awaiting_overdue", sla.awaitingOverdue());
        durations("sla", sla.responseTime());
        sla.distribution().forEach(b -> row("sla", b.label(), "responses", b.count()));
    }

    private void durations(String section, DurationSummary summary) {
        row(section, "total", "count", summary.count());
        row(section, "total", "median_seconds", seconds(summary.median()));
        row(section, "total", "p90_seconds", seconds(summary.p90()));
    }

    private static String seconds(Optional<java.time.Duration> duration) {
        return duration.map(d -> String.valueOf(d.toSeconds())).orElse("");
    }

    private static String rate(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.6f", rate.getAsDouble()) : "";
    }

    private void row(String section, String group, String metric, Object value) {
        out.append(String.join(",", List.of(cell(section), cell(group), cell(metric), cell(String.valueOf(value))))).append('\n');
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text : text;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
