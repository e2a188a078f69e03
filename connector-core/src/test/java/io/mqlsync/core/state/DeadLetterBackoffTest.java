package io.mqlsync.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DeadLetterBackoffTest {
    @Test
    void theDefaultWaitsAQuarterHourThenDoublesUpToADay() {
        DeadLetterBackoff backoff = DeadLetterBackoff.DEFAULT;
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofMinutes(960));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofDays(1));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
    }

    @Property
    void theWaitNeverShrinksAndNeverPassesTheCap(@ForAll @IntRange(min = 1, max = 10_000) int attempts) {
        DeadLetterBackoff backoff = DeadLetterBackoff.DEFAULT;
        assertThat(backoff.after(attempts + 1)).isGreaterThanOrEqualTo(backoff.after(attempts))
                .isLessThanOrEqualTo(backoff.max());
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new DeadLetterBackoff(Duration.ZERO, 2, Duration.ofHours(1)))
                .hasMessage("first must be positive");
        assertThatThrownBy(() -> new DeadLetterBackoff(Duration.ofMinutes(1), 0.5, Duration.ofHours(1)))
                .hasMessage("multiplier must be a finite number of at least 1");
        assertThatThrownBy(() -> new DeadLetterBackoff(Duration.ofHours(2), 2, Duration.ofHours(1)))
                .hasMessage("max must be at least first");
        assertThatThrownBy(() -> DeadLetterBackoff.DEFAULT.after(0)).hasMessage("attempts count from 1");
    }
}
