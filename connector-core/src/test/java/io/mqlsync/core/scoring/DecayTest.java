package io.mqlsync.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecayTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final Decay HALF_LIFE_30D = new Decay.HalfLife(Duration.ofDays(30));
    private static final Decay LINEAR_90D = new Decay.Linear(Duration.ofDays(90));
    private static final Decay STEPS = new Decay.Steps(List.of(
            new Decay.Step(Duration.ofDays(30), 1.0), new Decay.Step(Duration.ofDays(90), 0.5)));

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of("half-life at age 0", HALF_LIFE_30D, 0L, 1.0),
                Arguments.of("half-life in the future", HALF_LIFE_30D, -5 * DAY, 1.0),
                Arguments.of("half-life at one half-life", HALF_LIFE_30D, 30 * DAY, 0.5),
                Arguments.of("half-life at two half-lives", HALF_LIFE_30D, 60 * DAY, 0.25),
                Arguments.of("linear at age 0", LINEAR_90D, 0L, 1.0),
                Arguments.of("linear halfway", LINEAR_90D, 45 * DAY, 0.5),
                Arguments.of("linear at the lifespan", LINEAR_90D, 90 * DAY, 0.0),
                Arguments.of("linear past the lifespan", LINEAR_90D, 400 * DAY, 0.0),
                Arguments.of("steps at age 0", STEPS, 0L, 1.0),
                Arguments.of("steps exactly at the first upTo", STEPS, 30 * DAY, 1.0),
                Arguments.of("steps just past the first upTo", STEPS, 30 * DAY + 1, 0.5),
                Arguments.of("steps exactly at the last upTo", STEPS, 90 * DAY, 0.5),
                Arguments.of("steps past the last upTo", STEPS, 90 * DAY + 1, 0.0),
                Arguments.of("steps in the future", STEPS, -DAY, 1.0),
                Arguments.of("none at any age", Decay.none(), 10_000 * DAY, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void factorAtBoundaries(String name, Decay decay, long ageMillis, double expected) {
        assertThat(decay.factor(ageMillis)).isCloseTo(expected, Offset.offset(1e-12));
    }

    @Test
    void stepsThatWouldRaiseTheFactorWithAgeAreRefused() {
        assertThatThrownBy(() -> new Decay.Steps(List.of(
                new Decay.Step(Duration.ofDays(30), 0.5), new Decay.Step(Duration.ofDays(90), 1.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new Decay.Steps(List.of(
                new Decay.Step(Duration.ofDays(90), 1.0), new Decay.Step(Duration.ofDays(30), 0.5))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
