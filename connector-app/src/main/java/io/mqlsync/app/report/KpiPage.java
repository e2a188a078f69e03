package io.mqlsync.app.report;

import io.mqlsync.core.report.FunnelRow;
import io.mqlsync.core.report.KpiReport;
import io.mqlsync.core.report.PeriodRow;
import io.mqlsync.core.report.QuadrantRow;
import io.mqlsync.core.report.ReasonCount;
import io.mqlsync.core.report.ReportPeriod;
import io.mqlsync.core.report.Recycling;
import io.mqlsync.core.report.SlaSummary;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The KPI report as a {@link ReportPage}: a summary, then one section per question of a quarterly review.
 * Sections without data say so rather than show empty charts or rates of nothing.
 */
final class KpiPage {
    /** Below this many MQLs, rates are flagged as indicative only. */
    static final int FEW_MQLS = 10;
    /** Rows of a breakdown table on the page; the CSV and JSON have them all. */
    static final int TABLE_ROWS = 25;
    /** Categories of a breakdown chart. */
    static final int CHART_BARS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private KpiPage() {
    }

    static ReportPage of(String instance, KpiReport report, Instant generated) {
        String range = report.query().since().equals(Instant.EPOCH) ? "all history" : "from " + DAY.format(report.query().since());
        List<String> context = List.of("Instance " + instance + ", " + range + " to " + MINUTE.format(report.query().until()) + ".",
                "Periods are " + (report.query().by() == ReportPeriod.WEEK ? "ISO weeks (Monday to Sunday)" : "calendar months")
                        + " in " + KpiText.zone(report.query().zone()) + ". Generated " + MINUTE.format(generated) + ".");
        return new ReportPage("MQL funnel report: " + instance, context, List.of(summary(report), funnel(report),
                bySource(report), rejections(report), KpiTimePage.sla(report), KpiTimePage.timeToMql(report),
                quadrants(report), trend(report)));
    }

    private static Section summary(KpiReport report) {
        FunnelRow total = report.total();
        List<Block> blocks = new ArrayList<>();
        if (report.transitions() == 0 && total.leadsScored() == 0) {
            blocks.add(Note.notEnoughData("Not enough data: the state store holds no scored lead and no lifecycle transition in "
                    + "this range yet. Run mqlsync backfill or sync first, or widen --since."));
            return new Section("Summary", blocks);
        }
        blocks.add(Figures.of(
                Figures.Figure.of("Leads scored", KpiText.count(total.leadsScored()), "first scored in the range"),
                Figures.Figure.of("MQLs", KpiText.count(total.mqls())),
                Figures.Figure.of("MQL rate", KpiText.percent(total.mqlRate()), "of the leads first scored in the range"),
                Figures.Figure.of("MQL → SAL", KpiText.percent(total.acceptedRate()), "accepted by sales"),
                Figures.Figure.of("MQL → SQL", KpiText.percent(total.sqlRate())),
                Figures.Figure.of("SQL → won", KpiText.percent(total.sqlToWonRate())),
                Figures.Figure.of("Revenue from MQLs", KpiText.money(total.revenue()), "won deals, per currency"),
                Figures.Figure.of("Within SLA", KpiText.percent(report.sla().withinSlaShare()),
                        "median response " + KpiText.median(report.sla().responseTime()))));
        if (total.mqls() < FEW_MQLS) {
            blocks.add(Note.warning("Only " + total.mqls() + " MQL" + (total.mqls() == 1 ? "" : "s")
                    + " in this range: the rates are indicative, not evidence."));
        }
        blocks.add(Note.info("MQLs are leads that qualified in the range; what they became next (accepted, SQL, won) is "
                + "followed to the end of the range. Leads are grouped by their first touch."));
        return new Section("Summary", blocks);
    }

    private static Section funnel(KpiReport report) {
        FunnelRow total = report.total();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Chart("Funnel", Chart.Kind.HORIZONTAL_BAR, Chart.Unit.COUNT,
                List.of("Leads scored", "MQLs", "Accepted (SAL)", "SQL", "Won"),
                List.of(Chart.Dataset.of("Leads", List.of(total.leadsScored(), total.mqls(), total.accepted(), total.sql(),
                        total.won())))));
        if (total.leadsScored() == 0 && total.mqls() > 0) {
            blocks.add(Note.info("No lead was first scored in this range, so there is no MQL rate: leads scored are "
                    + "counted from their first sighting, recorded since this version of mqlsync."));
        }
        List<List<String>> revenue = new ArrayList<>();
        total.revenue().byCurrency().forEach((currency, amount) -> revenue.add(List.of(currency, KpiText.amount(amount))));
        blocks.add(new Table("Revenue from MQLs (won deals, never summed across currencies)", List.of("Currency", "Amount"), revenue));
        if (total.revenue().wonWithoutAmount() > 0) {
            blocks.add(Note.info(total.revenue().wonWithoutAmount() + " won deal(s) had no amount and add nothing above."));
        }
        return new Section("Funnel", blocks);
    }

    private static Section bySource(KpiReport report) {
        List<FunnelRow> sources = report.bySource().stream().filter(r -> r.mqls() > 0).limit(CHART_BARS).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Chart("Conversion by source", Chart.Kind.BAR, Chart.Unit.PERCENT, sources.stream().map(FunnelRow::key).toList(),
                List.of(rates("MQL → SAL", sources, FunnelRow::acceptedRate), rates("MQL → SQL", sources, FunnelRow::sqlRate),
                        rates("SQL → won", sources, FunnelRow::sqlToWonRate))));
        blocks.add(breakdown("By source", report.bySource()));
        blocks.add(breakdown("By medium", report.byMedium()));
        blocks.add(breakdown("By campaign", report.byCampaign()));
        if (report.byCampaign().size() > TABLE_ROWS) {
            blocks.add(Note.info("Only the " + TABLE_ROWS + " campaigns with most MQLs are shown; kpis.csv and kpis.json have all "
                    + report.byCampaign().size() + "."));
        }
        return new Section("Conversion by source, medium and campaign", blocks);
    }

    private static Chart.Dataset rates(String label, List<FunnelRow> rows, Function<FunnelRow, OptionalDouble> rate) {
        return new Chart.Dataset(label, rows.stream().map(r -> KpiText.percentValue(rate.apply(r))).toList());
    }

    private static Table breakdown(String caption, List<FunnelRow> rows) {
        List<List<String>> cells = rows.stream().limit(TABLE_ROWS).map(r -> List.of(r.key(), KpiText.count(r.leadsScored()),
                KpiText.count(r.mqls()), KpiText.percent(r.mqlRate()), KpiText.percent(r.acceptedRate()),
                KpiText.percent(r.sqlRate()), KpiText.percent(r.sqlToWonRate()), KpiText.money(r.revenue()))).toList();
        return new Table(caption, List.of("Group", "Leads scored", "MQLs", "MQL rate", "MQL → SAL", "MQL → SQL", "SQL → won",
                "Revenue"), cells);
    }

    private static Section rejections(KpiReport report) {
        List<ReasonCount> reasons = report.rejections();
        List<String> labels = reasons.stream().map(ReasonCount::reason).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Chart("Rejections by reason", Chart.Kind.HORIZONTAL_BAR, Chart.Unit.COUNT, labels,
                List.of(Chart.Dataset.of("Recycled", reasons.stream().map(ReasonCount::recycled).toList()),
                        Chart.Dataset.of("Disqualified", reasons.stream().map(ReasonCount::disqualified).toList()))));
        Recycling r = report.recycling();
        blocks.add(new Table("Recycling and re-qualification (transitions in the range)", List.of("What happened", "Count"), List.of(
                List.of("Recycled by sales with a reason", KpiText.count(r.recycledBySales())),
                List.of("Disqualified by sales (including after the maximum recycles)", KpiText.count(r.disqualifiedBySales())),
                List.of("Expired: no disposition within " + KpiText.duration(report.query().expireAfter()), KpiText.count(r.expired())),
                List.of("Re-qualified after a recycle", KpiText.count(r.requalified())),
                List.of("Disqualified by the model (disqualifyIf)", KpiText.count(r.disqualifiedByModel())))));
        return new Section("Rejections, recycling and re-qualification", blocks);
    }

    private static Section quadrants(KpiReport report) {
        List<QuadrantRow> rows = report.quadrants();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Chart("MQLs by quadrant when they qualified", Chart.Kind.DOUGHNUT, Chart.Unit.COUNT,
                rows.stream().map(q -> q.quadrant().name()).toList(),
                List.of(Chart.Dataset.of("MQLs", rows.stream().map(QuadrantRow::mqls).toList()))));
        blocks.add(new Table("Quadrant mix and outcomes", List.of("Quadrant", "MQLs", "Accepted", "SQL", "Rejected"),
                rows.stream().map(q -> List.of(q.quadrant().name(), KpiText.count(q.mqls()),
                        share(q.accepted(), q.mqls()), share(q.sql(), q.mqls()), share(q.rejected(), q.mqls()))).toList()));
        return new Section("Quadrant mix", blocks);
    }

    private static String share(long part, long whole) {
        return KpiText.percent(whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole));
    }

    private static Section trend(KpiReport report) {
        List<PeriodRow> periods = report.trend();
        List<Block> blocks = new ArrayList<>();
        if (periods.size() < 2) {
            blocks.add(Note.notEnoughData("Not enough data for a trend: the range holds " + periods.size()
                    + " period" + (periods.size() == 1 ? "" : "s") + " with data. Try --by week, or wait for more runs."));
        } else {
            List<String> labels = new ArrayList<>(periods.stream().map(PeriodRow::label).toList());
            Instant lastEnd = report.query().by().next(periods.get(periods.size() - 1).start(), report.query().zone());
            if (lastEnd.isAfter(report.query().until())) {
                // the running period has had less time than the others: say so where its dip shows
                labels.set(labels.size() - 1, labels.get(labels.size() - 1) + " (so far)");
            }
            blocks.add(new Chart("Trend per period", Chart.Kind.LINE, Chart.Unit.COUNT, labels, List.of(
                    counts("Leads scored", periods, p -> p.funnel().leadsScored()), counts("MQLs", periods, p -> p.funnel().mqls()),
                    counts("SQL", periods, p -> p.funnel().sql()), counts("Rejected", periods, PeriodRow::rejected),
                    counts("Expired", periods, PeriodRow::expired))));
        }
        blocks.add(new Table("Per period (MQLs by the period they qualified in)", List.of("Period", "Leads scored", "MQLs",
                "MQL rate", "MQL → SAL", "MQL → SQL", "Won", "Rejected", "Expired", "Re-qualified"),
                periods.stream().map(p -> List.of(p.label(), KpiText.count(p.funnel().leadsScored()), KpiText.count(p.funnel().mqls()),
                        KpiText.percent(p.funnel().mqlRate()), KpiText.percent(p.funnel().acceptedRate()),
                        KpiText.percent(p.funnel().sqlRate()), KpiText.count(p.funnel().won()), KpiText.count(p.rejected()),
                        KpiText.count(p.expired()), KpiText.count(p.requalified()))).toList()));
        return new Section("Trend", blocks);
    }

    private static Chart.Dataset counts(String label, List<PeriodRow> periods, ToDoubleFunction<PeriodRow> value) {
        return Chart.Dataset.of(label, periods.stream().map(p -> value.applyAsDouble(p)).toList());
    }
}
