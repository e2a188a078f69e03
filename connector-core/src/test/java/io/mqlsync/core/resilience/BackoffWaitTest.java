package io.mqlsync.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.spi.TransientCrmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffWaitTest {
    private static final RetrySettings SETTINGS = new RetrySettings(10, Duration.ofMillis(500), Duration.ofSeconds(30),
            0.5, Duration.ofMinutes(5));
    private static final TransientCrmException SERVER_ERROR = new TransientCrmException("contacts.read: HTTP 503", null);

    private static BackoffWait backoff(RetrySettings settings, double random) {
        return new BackoffWait(settings, wait -> { }, () -> random, CallMetrics.none());
    }

    @Test
    void withoutJitterTheWaitDoublesUntilTheCap() {
        BackoffWait backoff = backoff(new RetrySettings(10, Duration.ofMillis(500), Duration.ofSeconds(5), 0.0,
                Duration.ofMinutes(5)), 0.7);

        List<Duration> waits = new ArrayList<>();
        for (int attempts = 1; attempts <= 6; attempts++) {
            waits.add(backoff.waitAfter(attempts, SERVER_ERROR));
        }

        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Property
    void jitterOnlyShortensAWaitAndByAtMostItsShare(@ForAll @IntRange(min = 1, max = 40) int attempts,
                                                     @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double random) {
        double nominalMillis = Math.min(30_000, 500 * Math.pow(2, attempts - 1));

        Duration wait = backoff(SETTINGS, random).waitAfter(attempts, SERVER_ERROR);

        assertThat(wait.toNanos()).isBetween((long) (nominalMillis * 0.5 * 1_000_000), (long) (nominalMillis * 1_000_000));
    }

    @Property
    void aWaitIsNeverShorterThanRetryAfter(@ForAll @IntRange(min = 1, max = 10) int attempts,
                                           @ForAll @IntRange(min = 0, max = 300_000) int retryAfterMillis) {
        Duration retryAfter = Duration.ofMillis(retryAfterMillis);
        TransientCrmException throttled = new TransientCrmException("contacts.search: HTTP 429", Optional.of(retryAfter), null);

        Duration backoffAlone = backoff(SETTINGS, 0.3).waitAfter(attempts, SERVER_ERROR);

        Duration wait = backoff(SETTINGS, 0.3).waitAfter(attempts, throttled);

        assertThat(wait).isGreaterThanOrEqualTo(retryAfter)
                .isEqualTo(retryAfter.compareTo(backoffAlone) > 0 ? retryAfter : backoffAlone);
    }

    @Test
    void aRetryAfterLongerThanThePolicyWaitsFailsAtOnceAndKeepsIt() {
        TransientCrmException throttled = new TransientCrmException("contacts.search: HTTP 429",
                Optional.of(Duration.ofMinutes(6)), null);

        assertThatThrownBy(() -> backoff(SETTINGS, 0.3).waitAfter(1, throttled))
                .isInstanceOfSatisfying(TransientCrmException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(6));
                    assertThat(e.getCause()).isSameAs(throttled);
                })
                .hasMessageContaining("contacts.search: HTTP 429");
    }
}
