package io.mqlsync.core.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The trend's periods being summed, created as events fall into them. Not thread-safe. */
final class Periods {
    private final ReportPeriod by;
    private final ZoneId zone;
    private final TreeMap<Instant, Tally> byStart = new TreeMap<>();

    Periods(ReportPeriod by, ZoneId zone) {
        this.by = by;
        this.zone = zone;
    }

    /** The period holding {@code at}. */
    Tally at(Instant at) {
        return byStart.computeIfAbsent(by.start(at, zone), start -> new Tally());
    }

    /** One row per period from the first that has data to the one holding the last instant before {@code until}. */
    List<PeriodRow> rows(Instant until) {
        List<PeriodRow> rows = new ArrayList<>();
        if (byStart.isEmpty()) {
            return rows;
        }
        for (Instant start = byStart.firstKey(); start.isBefore(until); start = by.next(start, zone)) {
            Tally tally = byStart.getOrDefault(start, new Tally());
            rows.add(new PeriodRow(start, tally.funnel.row(by.label(start, zone)), tally.rejected, tally.expired,
                    tally.requalified));
        }
        return rows;
    }

    /** All tallies, by period start. */
    Map<Instant, Tally> tallies() {
        return byStart;
    }

    /** The counts of one period. */
    static final class Tally {
        final FunnelTally funnel = new FunnelTally();
        long rejected;
        long expired;
        long requalified;
    }
}
