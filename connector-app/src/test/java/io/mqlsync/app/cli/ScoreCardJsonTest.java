package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers on a card are rounded half-up to 4 decimals, and never printed as -0.0. */
class ScoreCardJsonTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"72.5, 72.5", "0.70710678, 0.7071", "0.00005, 0.0001", "0.00004999, 0.0", "-0.00004, 0.0",
        "-2.25, -2.25", "-1.23456, -1.2346", "100, 100.0"})
    void roundsHalfUpToFourDecimals(double value, double expected) {
        assertThat(ScoreCardJson.rounded(value)).isEqualTo(expected);
        assertThat(Double.toString(ScoreCardJson.rounded(value))).doesNotStartWith("-0.0");
    }
}
