package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubSpotFaultsTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(20).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @AfterEach
    void clearFaults() {
        HUBSPOT.sandbox().faults().clear();
    }

    private static void failNext(FaultKind kind) {
        failNext(Fault.of(kind));
    }

    private static void failNext(Fault fault) {
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("contacts.get"), FaultTrigger.onNth(1),
                fault));
    }

    @Test
    void rateLimitFaultIs429WithRetryAfterAndHubSpotsBody() throws IOException {
        failNext(Fault.rateLimited(Duration.ofSeconds(7)));
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/1");
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.headers().get("Retry-After")).isEqualTo("7");
        assertThat(reply.json().path("errorType").asText()).isEqualTo("RATE_LIMIT");
        assertThat(http.get("/crm/v3/objects/contacts/1").status()).as("only the first request fails").isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({"SERVER_ERROR, 500", "BAD_GATEWAY, 502", "SERVICE_UNAVAILABLE, 503"})
    void serverErrorsCarryHubSpotsErrorBody(FaultKind kind, int status) throws IOException {
        failNext(kind);
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/1");
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.json().path("category").asText()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void htmlErrorPageComesFromTheEdgeNotTheApi() throws IOException {
        failNext(FaultKind.HTML_ERROR_PAGE);
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/1");
        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.headers().get("Content-Type")).startsWith("text/html");
        assertThat(reply.text()).contains("<html>");
    }

    @Test
    void connectionResetSurfacesAsAnIOException() {
        failNext(FaultKind.CONNECTION_RESET);
        assertThatThrownBy(() -> http.get("/crm/v3/objects/contacts/1")).isInstanceOf(IOException.class);
    }

    @Test
    void stallOutlastsTheClientsTimeout() {
        failNext(Fault.stall(Duration.ofSeconds(2)));
        HubSpotHttp impatient = new HubSpotHttp(HUBSPOT.sandbox(), Duration.ofMillis(300));
        assertThatThrownBy(() -> impatient.get("/crm/v3/objects/contacts/1"))
                .isInstanceOf(InterruptedIOException.class);
    }

    @Test
    void malformedBodyIsTruncatedJson() throws IOException {
        failNext(FaultKind.MALFORMED_BODY);
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/1");
        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(() -> HubSpotHttp.JSON.readTree(reply.text())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void expiredTokenIs401WithExpiredAuthentication() throws IOException {
        failNext(FaultKind.EXPIRED_TOKEN);
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/1");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("category").asText()).isEqualTo("EXPIRED_AUTHENTICATION");
    }

    @Test
    void dailyLimitExhaustedIs429WithTheDailyPolicy() throws IOException {
        failNext(FaultKind.DAILY_LIMIT_EXHAUSTED);
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/1");
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.json().path("policyName").asText()).isEqualTo("DAILY");
        assertThat(reply.headers().get("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("0");
    }

    @Test
    void aRuleForOneOperationLeavesOthersAlone() throws IOException {
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("contacts.search"),
                FaultTrigger.always(), Fault.of(FaultKind.SERVICE_UNAVAILABLE)));
        assertThat(http.get("/crm/v3/objects/contacts/1").status()).isEqualTo(200);
        assertThat(http.post("/crm/v3/objects/contacts/search",
                HubSpotHttp.search(List.of(), List.of(), 10, "0", "email")).status()).isEqualTo(503);
        assertThat(HUBSPOT.sandbox().journal().endpoint("contacts.search").faults()).isEqualTo(1);
    }
}
