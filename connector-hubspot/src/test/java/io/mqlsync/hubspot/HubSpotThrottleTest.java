package io.mqlsync.hubspot;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotHttp;
import io.mqlsync.hubspot.client.PrivateAppToken;
import io.mqlsync.hubspot.client.Timeouts;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HubSpot's own 429s carry no Retry-After: the wait comes from the limit that was hit (the sandbox answers only
 * TEN_SECONDLY and DAILY without one, so a stub plays the rest). 403 and other 4xx are classified too.
 */
class HubSpotThrottleTest {
    private static final String OWNERS = "/crm/v3/owners";
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final CallCounts counts = new CallCounts();
    private static WireMockServer server;
    private HubSpotHttp http;
    private HubSpotClient client;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void start() {
        server.resetAll();
        ResilientCallPolicy policy = new ResilientCallPolicy("t", TestAdapter.fast(),
                new PolicyRuntime(Clock.systemUTC(), System::nanoTime, waits::add, () -> 0.5, counts));
        http = new HubSpotHttp(HttpUrl.get(server.baseUrl()), new PrivateAppToken(new Secret("pat")), policy.feedback(),
                Timeouts.defaults());
        client = new HubSpotClient(http, policy);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private void answerOnceThenSucceed(int status, String body, String header, String value) {
        var first = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        if (!header.isEmpty()) {
            first = first.withHeader(header, value);
        }
        server.stubFor(get(urlPathEqualTo(OWNERS)).inScenario("once").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("done"));
        server.stubFor(get(urlPathEqualTo(OWNERS)).inScenario("once").whenScenarioStateIs("done")
                .willReturn(okJson("{\"results\":[]}")));
    }

    @ParameterizedTest(name = "{0} with {2}={3} waits at least {4} ms")
    @CsvSource({
            "TEN_SECONDLY_ROLLING, 429, X-HubSpot-RateLimit-Interval-Milliseconds, 10000, 10000",
            "SECONDLY, 429, '', '', 1000",
            "TEN_SECONDLY_ROLLING, 429, Retry-After, 4, 4000",
            "TEN_SECONDLY_ROLLING, 429, '', '', 10000"})
    void aThrottledCallWaitsForTheLimitItHit(String policyName, int status, String header, String value, long millis) {
        answerOnceThenSucceed(status, "{\"status\":\"error\",\"errorType\":\"RATE_LIMIT\",\"policyName\":\"" + policyName + "\"}",
                header, value);

        assertThat(client.owners(false, Optional.empty()).items()).isEmpty();

        assertThat(waits).singleElement().satisfies(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofMillis(millis)));
    }

    @Test
    void aForbiddenCallIsAnAuthFailureNamingTheScopes() {
        server.stubFor(get(urlPathEqualTo(OWNERS)).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"missing scopes\",\"category\":\"MISSING_SCOPES\"}")));

        assertThatThrownBy(() -> client.owners(false, Optional.empty())).isInstanceOf(CrmAuthException.class)
                .hasMessageContaining("scopes");
        assertThat(counts.attemptsByOperation()).containsEntry("owners.list", 1L);
    }

    @Test
    void anotherClientErrorIsPermanentAndNotRetried() {
        server.stubFor(get(urlPathEqualTo(OWNERS)).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"bad\",\"category\":\"VALIDATION_ERROR\"}")));

        assertThatThrownBy(() -> client.owners(false, Optional.empty())).isInstanceOf(PermanentCrmException.class)
                .hasMessageContaining("VALIDATION_ERROR");
        assertThat(counts.attemptsByOperation()).containsEntry("owners.list", 1L);
    }
}
