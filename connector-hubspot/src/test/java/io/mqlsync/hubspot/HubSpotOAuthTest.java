package io.mqlsync.hubspot;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OAuth refresh-token flow: a token on first use, one refresh after a 401, then an auth failure. */
class HubSpotOAuthTest {
    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(5).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(TestAdapter.GENEROUS));

    private static Map<String, Object> oauth(String refreshToken) {
        HubSpotSandbox.OAuthApp app = HUBSPOT.sandbox().oauthApp();
        return Map.of("baseUrl", HUBSPOT.sandbox().baseUrl(), "oauth", Map.of("clientId", app.clientId(),
                "clientSecret", new Secret(app.clientSecret()), "refreshToken", new Secret(refreshToken)));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallSucceeds() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        long before = sandbox.journal().endpoint("oauth.token").requests();
        try (TestAdapter hubspot = TestAdapter.open(sandbox, oauth(sandbox.oauthApp().refreshToken()))) {
            assertThat(hubspot.adapter.leads().get(new LeadId("1"))).isPresent();
            sandbox.clock().advance(Duration.ofMinutes(31));

            assertThat(hubspot.adapter.leads().get(new LeadId("2"))).isPresent();

            assertThat(sandbox.journal().endpoint("oauth.token").requests() - before).isEqualTo(2);
            assertThat(hubspot.calls("contacts.get")).isEqualTo(2);
        }
    }

    @Test
    void anInjectedExpiredTokenIsRefreshedOnceAndTheCallSucceeds() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter hubspot = TestAdapter.open(sandbox, oauth(sandbox.oauthApp().refreshToken()))) {
            assertThat(hubspot.adapter.leads().get(new LeadId("1"))).isPresent();
            long before = sandbox.journal().endpoint("oauth.token").requests();
            sandbox.faults().add(new FaultRule(RequestMatcher.operation("contacts.get"), FaultTrigger.onNth(1),
                    Fault.of(FaultKind.EXPIRED_TOKEN)));

            assertThat(hubspot.adapter.leads().get(new LeadId("2"))).isPresent();

            assertThat(sandbox.journal().endpoint("oauth.token").requests() - before).isEqualTo(1);
            assertThat(hubspot.counts.retries()).as("the refresh is not a retry of the call policy").isZero();
        } finally {
            sandbox.faults().clear();
        }
    }

    @Test
    void aRefusedRefreshTokenFailsAsAuth() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox(), oauth("na1-not-the-refresh-token"))) {
            assertThatThrownBy(() -> hubspot.adapter.leads().get(new LeadId("1"))).isInstanceOf(CrmAuthException.class)
                    .hasMessageNotContaining("na1-not-the-refresh-token");
        }
    }
}
