package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandoffTasksTest {
    private static final Optional<BusinessHours> OFFICE = Optional.of(new BusinessHours(ZoneOffset.UTC,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)));

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("slas")
    void saysTheSlaInWords(Duration sla, Optional<BusinessHours> hours, String words) {
        HandoffTasks tasks = new HandoffTasks("acme", new TasksConfig(true, sla, hours, TaskPriority.HIGH,
                SubjectTemplate.of("{sla}")));

        assertThat(tasks.slaInWords()).isEqualTo(words);
    }

    static Stream<Arguments> slas() {
        return Stream.of(
                Arguments.of(Duration.ofHours(4), OFFICE, "4 business hours"),
                Arguments.of(Duration.ofHours(1), OFFICE, "1 business hour"),
                Arguments.of(Duration.ofMinutes(90), OFFICE, "1 business hour 30 minutes"),
                Arguments.of(Duration.ofHours(4), Optional.empty(), "4 hours"),
                Arguments.of(Duration.ofHours(26), Optional.empty(), "1 day 2 hours"),
                Arguments.of(Duration.ofDays(2), Optional.empty(), "2 days"),
                Arguments.of(Duration.ofSeconds(45), Optional.empty(), "45 seconds"));
    }
}
