package io.mqlsync.core.config;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the ISO-8601 durations of models and instance configs ({@code P30D}, {@code PT12H},
 * {@code P2W}). Months and years are refused: their length varies, so a decay, window, SLA or cooldown
 * measured in them would not be a fixed length of time.
 */
final class DurationReader {
    private DurationReader() {
    }

    /** Which durations a place accepts. */
    enum Bound {
        /** Longer than zero: half-lives, lifespans, windows. */
        POSITIVE,
        /** Zero or longer: step boundaries. */
        NOT_NEGATIVE
    }

    /** @return the duration, or empty after reporting why the node is not one (wrong types are the schema's) */
    static Optional<Duration> read(ConfigNode node, Bound bound, Findings findings) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get().strip();
        Optional<Duration> duration = parse(value);
        if (duration.isEmpty()) {
            findings.add(node, calendarOnly(value)
                    ? "\"" + value + "\" is not a fixed duration: months and years vary in length; use days, e.g. P30D"
                    : "\"" + value + "\" is not an ISO-8601 duration (e.g. P30D, PT12H, P2W)");
            return Optional.empty();
        }
        Duration d = duration.get();
        if (d.isNegative() || (bound == Bound.POSITIVE && d.isZero())) {
            findings.add(node, bound == Bound.POSITIVE ? "must be longer than zero" : "must not be negative");
            return Optional.empty();
        }
        return duration;
    }

    private static Optional<Duration> parse(String value) {
        try {
            return Optional.of(Duration.parse(value));
        } catch (DateTimeParseException notTimeBased) {
            // Duration.parse knows no weeks; a period of whole days and weeks is still a fixed length.
            return period(value).filter(p -> p.getYears() == 0 && p.getMonths() == 0)
                    .map(p -> Duration.ofDays(p.getDays()));
        }
    }

    /** Whether the text is duration-shaped but counts years or months in its date part (P1M, P1Y2D, P1MT2H). */
    private static boolean calendarOnly(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        int time = upper.indexOf('T');
        String datePart = time < 0 ? upper : upper.substring(0, time);
        return datePart.matches("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?") && (datePart.contains("Y") || datePart.contains("M"));
    }

    private static Optional<Period> period(String value) {
        try {
            return Optional.of(Period.parse(value));
        } catch (DateTimeParseException notAPeriod) {
            return Optional.empty();
        }
    }
}
