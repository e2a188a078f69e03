package io.mqlsync.app.report;

import io.mqlsync.core.report.DurationSummary;
import io.mqlsync.core.report.Revenue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** How KPI values read on the page: rates as percentages, durations in hours or days, money per currency. */
final class KpiText {
    /** What stands for a value that does not exist (a rate of nothing). */
    static final String NONE = "—";

    private KpiText() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A share from 0 to 1 as {@code 42.9 %}; {@value #NONE} when there is none. */
    static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f %%", share.getAsDouble() * 100) : NONE;
    }

    /** A share from 0 to 1 as a percentage for a chart; empty stays a gap. */
    static OptionalDouble percentValue(OptionalDouble share) {
        return share.isPresent() ? OptionalDouble.of(Math.round(share.getAsDouble() * 1000) / 10.0) : OptionalDouble.empty();
    }

    /** {@code 45 min}, {@code 3.5 h} or {@code 2.1 d}; {@value #NONE} when there is none. */
    static String duration(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return NONE;
        }
        long minutes = duration.get().toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        double hours = duration.get().toSeconds() / 3600.0;
        return hours < 48 ? oneDecimal(hours) + " h" : oneDecimal(hours / 24) + " d";
    }

    static String duration(Duration duration) {
        return duration(Optional.of(duration));
    }

    /** {@code UTC} for the UTC offset (whose id is {@code Z}), else the zone's id. */
    static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** {@code 4} rather than {@code 4.0}, else one decimal. */
    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String median(DurationSummary summary) {
        return duration(summary.median());
    }

    /** {@code EUR 1,200.50 · USD 300.00}, one amount per currency; {@value #NONE} without revenue. */
    static String money(Revenue revenue) {
        if (revenue.byCurrency().isEmpty()) {
            return NONE;
        }
        return revenue.byCurrency().entrySet().stream().map(e -> e.getKey() + " " + amount(e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    static String amount(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
