package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessHours WEEKDAYS_9_TO_5 = new BusinessHours(NEW_YORK,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @ParameterizedTest(name = "{0}")
    @MethodSource("dueDates")
    void countsTheSlaInBusinessHoursOfTheZone(String name, String start, Duration sla, String expectedDue) {
        assertThat(WEEKDAYS_9_TO_5.addTo(Instant.parse(start), sla)).isEqualTo(Instant.parse(expectedDue));
    }

    static Stream<Arguments> dueDates() {
        return Stream.of(
                Arguments.of("inside hours on a weekday: plain addition", "2026-11-17T15:00:00Z", Duration.ofHours(4),
                        "2026-11-17T19:00:00Z"),
                Arguments.of("Friday 15:00 EST + 4h skips the weekend to Monday 11:00 EST", "2026-11-20T20:00:00Z",
                        Duration.ofHours(4), "2026-11-23T16:00:00Z"),
                Arguments.of("a Saturday start counts from Monday 09:00", "2026-11-21T15:00:00Z", Duration.ofHours(4),
                        "2026-11-23T18:00:00Z"),
                Arguments.of("before opening counts from 09:00", "2026-11-17T12:00:00Z", Duration.ofHours(1),
                        "2026-11-17T15:00:00Z"),
                Arguments.of("after closing counts from the next morning", "2026-11-17T23:00:00Z", Duration.ofHours(1),
                        "2026-11-18T15:00:00Z"),
                Arguments.of("an SLA that exactly fills the day is due at 17:00, not the next morning",
                        "2026-11-17T14:00:00Z", Duration.ofHours(8), "2026-11-17T22:00:00Z"),
                Arguments.of("spring forward: Friday 16:00 EST + 4h is Monday 12:00 EDT", "2026-03-06T21:00:00Z",
                        Duration.ofHours(4), "2026-03-09T16:00:00Z"),
                Arguments.of("fall back: Friday 16:00 EDT + 4h is Monday 12:00 EST", "2026-10-30T20:00:00Z",
                        Duration.ofHours(4), "2026-11-02T17:00:00Z"),
                Arguments.of("Friday 09:00 EST + 40h ends Thursday 17:00 EDT, across the spring change",
                        "2026-03-06T14:00:00Z", Duration.ofHours(40), "2026-03-12T21:00:00Z"));
    }

    @Test
    void aWindowSpanningTheSpringChangeCountsTheHoursThatReallyPass() {
        BusinessHours night = new BusinessHours(NEW_YORK, EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0),
                LocalTime.of(6, 0));
        Instant sundayMidnight = LocalDateTime.of(2026, 3, 8, 0, 0).atZone(NEW_YORK).toInstant();

        // 00:00-06:00 on 8 March 2026 lasts 5 real hours; the sixth hour falls at 00:00-01:00 EDT the next night.
        assertThat(night.addTo(sundayMidnight, Duration.ofHours(6)))
                .isEqualTo(LocalDateTime.of(2026, 3, 9, 1, 0).atZone(NEW_YORK).toInstant());
    }

    @Test
    void aWindowSpanningTheFallChangeCountsTheHoursThatReallyPass() {
        BusinessHours night = new BusinessHours(NEW_YORK, EnumSet.allOf(DayOfWeek.class), LocalTime.of(0, 0),
                LocalTime.of(6, 0));
        Instant sundayMidnight = LocalDateTime.of(2026, 11, 1, 0, 0).atZone(NEW_YORK).toInstant();

        // 00:00-06:00 on 1 November 2026 lasts 7 real hours: 6 hours end at 05:00 EST.
        assertThat(night.addTo(sundayMidnight, Duration.ofHours(6)))
                .isEqualTo(LocalDateTime.of(2026, 11, 1, 5, 0).atZone(NEW_YORK).toInstant());
    }

    @Test
    void withoutBusinessHoursTheSlaIsPlainTime() {
        TasksConfig tasks = new TasksConfig(true, Duration.ofHours(4), Optional.empty(), TaskPriority.HIGH,
                SubjectTemplate.of("New MQL"));

        assertThat(tasks.dueAt(Instant.parse("2026-11-21T15:00:00Z"))).isEqualTo(Instant.parse("2026-11-21T19:00:00Z"));
    }
}
