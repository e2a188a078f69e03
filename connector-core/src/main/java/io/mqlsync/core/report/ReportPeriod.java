package io.mqlsync.core.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The periods trends are cut into: ISO weeks (Monday to Sunday) or calendar months, in a given zone. */
public enum ReportPeriod {
    WEEK,
    MONTH;

    /** The start of the period holding {@code at}. */
    public Instant start(Instant at, ZoneId zone) {
        ZonedDateTime day = at.atZone(zone).truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime start = this == WEEK
                ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.with(TemporalAdjusters.firstDayOfMonth());
        return start.toInstant();
    }

    /** The start of the period after the one starting at {@code start}. */
    public Instant next(Instant start, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        return (this == WEEK ? from.plusWeeks(1) : from.plusMonths(1)).toInstant();
    }

    /** How the period starting at {@code start} is named: {@code 2026-W05} or {@code 2026-02}. */
    public String label(Instant start, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return this == WEEK
                ? String.format(Locale.ROOT, "%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR), at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : String.format(Locale.ROOT, "%d-%02d", at.getYear(), at.getMonthValue());
    }
}
