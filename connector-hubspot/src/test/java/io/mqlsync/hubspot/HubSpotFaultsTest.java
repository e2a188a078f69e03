package io.mqlsync.hubspot;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.TransientCrmException;
import io.mqlsync.core.model.Secret;
import io.mqlsync.hubspot.client.Timeouts;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the adapter's client classifies every fault the sandbox injects, and what the call policy then does. */
class HubSpotFaultsTest {
    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(20).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(TestAdapter.GENEROUS));

    private static final LeadId CONTACT = new LeadId("1");

    @AfterEach
    void clearFaults() {
        HUBSPOT.sandbox().faults().clear();
    }

    private static void failNext(FaultKind kind) {
        fail(Fault.of(kind));
    }

    private static void fail(Fault fault) {
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("contacts.get"), FaultTrigger.onNth(1), fault));
    }

    @ParameterizedTest(name = "{0} is retried and the read succeeds")
    @EnumSource(value = FaultKind.class, names = {"SERVER_ERROR", "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "HTML_ERROR_PAGE",
            "CONNECTION_RESET", "MALFORMED_BODY"})
    void transientFaultsAreRetriedUntilTheCallSucceeds(FaultKind kind) {
        failNext(kind);
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            Optional<SourceLead> lead = hubspot.adapter.leads().get(CONTACT);

            assertThat(lead).isPresent();
            assertThat(hubspot.calls("contacts.get")).isEqualTo(2);
            assertThat(hubspot.counts.retries()).isEqualTo(1);
        }
    }

    @Test
    void aRateLimitIsWaitedOutForAtLeastItsRetryAfter() {
        fail(Fault.rateLimited(Duration.ofSeconds(3)));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.leads().get(CONTACT)).isPresent();

            assertThat(hubspot.waits).hasSize(1);
            assertThat(hubspot.waits.getFirst()).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void aStalledCallTimesOutAndIsRetried() {
        fail(Fault.stall(Duration.ofSeconds(3)));
        Timeouts quick = new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox(), TestAdapter.fast(), quick)) {
            assertThat(hubspot.adapter.leads().get(CONTACT)).isPresent();

            assertThat(hubspot.calls("contacts.get")).isEqualTo(2);
        }
    }

    @Test
    void theDailyLimitStopsTheRunWithoutRetrying() {
        failNext(FaultKind.DAILY_LIMIT_EXHAUSTED);
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThatThrownBy(() -> hubspot.adapter.leads().get(CONTACT)).isInstanceOf(ApiBudgetExhaustedException.class);

            assertThat(hubspot.calls("contacts.get")).isEqualTo(1);
        }
    }

    @Test
    void anExpiredPrivateAppTokenFailsAsAuthWithoutRetrying() {
        failNext(FaultKind.EXPIRED_TOKEN);
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThatThrownBy(() -> hubspot.adapter.leads().get(CONTACT)).isInstanceOf(CrmAuthException.class)
                    .hasMessageNotContaining(HUBSPOT.sandbox().token());

            assertThat(hubspot.calls("contacts.get")).isEqualTo(1);
        }
    }

    @Test
    void aWrongTokenFailsAsAuth() {
        Map<String, Object> block = Map.of("baseUrl", HUBSPOT.sandbox().baseUrl(), "accessToken", new Secret("pat-na1-wrong"));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox(), block)) {
            assertThatThrownBy(() -> hubspot.adapter.leads().get(CONTACT)).isInstanceOf(CrmAuthException.class)
                    .hasMessageNotContaining("pat-na1-wrong");
        }
    }

    @Test
    void persistentServerErrorsFailTransientlyAfterTheAttemptsRunOut() {
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("contacts.get"), FaultTrigger.always(),
                Fault.of(FaultKind.SERVER_ERROR)));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThatThrownBy(() -> hubspot.adapter.leads().get(CONTACT)).isInstanceOf(TransientCrmException.class);

            assertThat(hubspot.calls("contacts.get")).isEqualTo(5);
        }
    }

    @Test
    void theBearerTokenIsSentOnEveryRequest() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            hubspot.adapter.owners().owners();
            hubspot.adapter.leads().get(CONTACT);
        }
        // the sandbox answers 401 to a request without the right token, so success proves the header
        assertThat(sandbox.journal().endpoint("owners.list").requests()).isPositive();
        assertThat(sandbox.journal().totalRequests()).isPositive();
    }
}
