package io.mqlsync.core.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The hours an SLA runs in ({@code tasks.businessHours}): from {@code from} to {@code to} on {@code days},
 * in {@code zone}. Counting is done on instants, so a day whose clock jumps (DST) counts the hours that
 * really pass.
 */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("business hours must start before they end");
        }
    }

    /**
     * @return the instant at which {@code work} business time has passed after {@code start}; a start
     *         outside business hours counts from the next opening. A zero {@code work} outside business
     *         hours gives that opening.
     */
    public Instant addTo(Instant start, Duration work) {
        if (work.isNegative()) {
            throw new IllegalArgumentException("work must not be negative");
        }
        Duration remaining = work;
        LocalDate date = start.atZone(zone).toLocalDate();
        while (true) {
            if (days.contains(date.getDayOfWeek())) {
                Instant open = date.atTime(from).atZone(zone).toInstant();
                Instant close = date.atTime(to).atZone(zone).toInstant();
                Instant begin = start.isAfter(open) ? start : open;
                if (begin.isBefore(close)) {
                    Duration available = Duration.between(begin, close);
                    if (remaining.compareTo(available) <= 0) {
                        return begin.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            date = date.plusDays(1);
        }
    }
}
