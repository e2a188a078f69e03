package io.mqlsync.app.report;

import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.report.DurationSummary;
import io.mqlsync.core.report.KpiReport;
import io.mqlsync.core.report.SlaSummary;
import java.util.ArrayList;
import java.util.List;

/** The report's sections about time: response to MQLs against the SLA, and time to MQL. */
final class KpiTimePage {
    private KpiTimePage() {
    }

    static Section sla(KpiReport report) {
        SlaSummary sla = report.sla();
        List<Block> blocks = new ArrayList<>();
        if (sla.qualifications() == 0) {
            blocks.add(Note.notEnoughData("Not enough data: no lead qualified in this range, so there is no response to measure."));
            return new Section("Response time to MQLs (SLA)", blocks);
        }
        blocks.add(Figures.of(
                Figures.Figure.of("Within SLA", KpiText.percent(sla.withinSlaShare()),
                        sla.withinSla() + " on time of " + (sla.responded() + sla.expired() + sla.awaitingOverdue()) + " decided"),
                Figures.Figure.of("Median response", KpiText.median(sla.responseTime()), sla.responded() + " answered"),
                Figures.Figure.of("90th percentile", KpiText.duration(sla.responseTime().p90())),
                Figures.Figure.of("Expired", KpiText.count(sla.expired()), "no disposition within " + KpiText.duration(report.query().expireAfter())),
                Figures.Figure.of("Waiting", KpiText.count(sla.awaiting()), sla.awaitingOverdue() + " already overdue")));
        blocks.add(new Chart("Time from MQL to first sales response", Chart.Kind.BAR, Chart.Unit.COUNT,
                sla.distribution().stream().map(SlaSummary.Bucket::label).toList(),
                List.of(Chart.Dataset.of("Responses", sla.distribution().stream().map(SlaSummary.Bucket::count).toList()))));
        blocks.add(Note.info("A response is the first of: accepted, promoted to SQL, recycled or disqualified by sales. It is "
                + "within SLA when it comes by the handoff task's due time, " + slaText(report.query().tasks())
                + ". Response times are wall-clock. Leads still waiting within their SLA are not counted either way."));
        return new Section("Response time to MQLs (SLA)", blocks);
    }

    private static String slaText(TasksConfig tasks) {
        String sla = KpiText.duration(tasks.sla());
        return tasks.businessHours().map(h -> sla + " counted in business hours (" + KpiText.zone(h.zone()) + " "
                + h.from() + "–" + h.to() + ")").orElse(sla + " after qualifying");
    }

    static Section timeToMql(KpiReport report) {
        DurationSummary time = report.timeToMql();
        List<Block> blocks = new ArrayList<>();
        if (time.count() == 0) {
            blocks.add(Note.notEnoughData("Not enough data: no lead with a recorded first score qualified for the first time "
                    + "in this range."));
            return new Section("Time to MQL", blocks);
        }
        blocks.add(Figures.of(Figures.Figure.of("Median time to MQL", KpiText.median(time)),
                Figures.Figure.of("90th percentile", KpiText.duration(time.p90())),
                Figures.Figure.of("Leads measured", KpiText.count(time.count()))));
        blocks.add(Note.info("From the lead's first score by mqlsync to its first qualification. Leads that existed before "
                + "mqlsync's first backfill count from that backfill, so early figures understate the real time."));
        return new Section("Time to MQL", blocks);
    }
}
