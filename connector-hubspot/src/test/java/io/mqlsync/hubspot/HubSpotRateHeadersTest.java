package io.mqlsync.hubspot;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.resilience.RequestRate;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.hubspot.client.Timeouts;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.RateLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HubSpot's rate-limit headers reach the call policy: the window lowers our limit, the daily count stops us early. */
class HubSpotRateHeadersTest {
    private static final int DAILY = 60;

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(5).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(5_000, 1_000, DAILY)));

    @Test
    void thePortalsWindowLowersOurLimitAndItsDailyCountStopsUsBeforeItsLimit() {
        CallPolicyConfig config = CallPolicyConfig.of(new RequestRate(100_000, Duration.ofSeconds(10)));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox(), config, Timeouts.defaults())) {
            hubspot.adapter.leads().get(new LeadId("1"));
            assertThat(hubspot.policy.requestsPerWindow()).isEqualTo(5_000);

            assertThatThrownBy(() -> {
                for (int i = 0; i < DAILY; i++) {
                    hubspot.adapter.leads().get(new LeadId("1"));
                }
            }).isInstanceOf(ApiBudgetExhaustedException.class);

            assertThat(HUBSPOT.sandbox().journal().totalRateLimited()).isZero();
            assertThat(hubspot.calls("contacts.get")).isLessThanOrEqualTo(Math.round(DAILY * CallPolicyConfig.DEFAULT_MAX_DAILY_SHARE) + 1);
        }
    }
}
