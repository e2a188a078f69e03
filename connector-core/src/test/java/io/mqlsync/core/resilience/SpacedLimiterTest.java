package io.mqlsync.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.TransientCrmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The even spreading of requests, through the policy: what a CRM with a rolling window sees. */
class SpacedLimiterTest {

    @Property(tries = 300)
    void noRollingWindowEverHoldsMoreRequestsThanTheLimit(
            @ForAll @IntRange(min = 2, max = 120) int limit,
            @ForAll @IntRange(min = 1, max = 20) int windowSeconds,
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 3_000) Integer> gapsMillis) {
        FakeRuntime fake = new FakeRuntime(0.5);
        Duration window = Duration.ofSeconds(windowSeconds);
        ResilientCallPolicy policy = new ResilientCallPolicy("acme-test",
                CallPolicyConfig.of(new RequestRate(limit, window)).withPermitTimeout(Duration.ZERO)
                        .withRetry(new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ZERO)),
                fake.runtime());

        List<Long> sent = new ArrayList<>();
        for (int gap : gapsMillis) {
            fake.advance(Duration.ofMillis(gap));
            try {
                policy.call(CallKind.WRITE, "contacts.batchUpdate", () -> "ok");
                sent.add(fake.nanos.get());
            } catch (TransientCrmException noPermit) {
                assertThat(noPermit).hasMessageContaining("no rate-limit permit");
            }
        }

        assertThat(ResilientCallPolicyTest.maxInAnyWindow(sent, window)).isLessThanOrEqualTo(limit);
    }
}
