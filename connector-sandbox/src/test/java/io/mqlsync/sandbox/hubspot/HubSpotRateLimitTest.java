package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotRateLimitTest {

    private final AdjustableClock clock = AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z"));
    private HubSpotSandbox sandbox;

    private HubSpotHttp start(RateLimits limits) {
        sandbox = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(20).clock(clock)
                .searchLag(Duration.ZERO).rateLimits(limits).specs(HubSpotSpecs.disabled()).build());
        return new HubSpotHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theHundredAndFirstRequestInTenSecondsIs429WithHubSpotsBodyAndHeaders() throws IOException {
        HubSpotHttp http = start(RateLimits.STARTER);
        for (int i = 1; i <= 100; i++) {
            HubSpotHttp.Reply ok = http.get("/crm/v3/objects/contacts/1");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.headers().get("X-HubSpot-RateLimit-Remaining")).isEqualTo(String.valueOf(100 - i));
        }
        HubSpotHttp.Reply refused = http.get("/crm/v3/objects/contacts/1");
        assertThat(refused.status()).isEqualTo(429);
        JsonNode body = refused.json();
        assertThat(body.path("errorType").asText()).isEqualTo("RATE_LIMIT");
        assertThat(body.path("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
        assertThat(body.path("message").asText()).isEqualTo("You have reached your ten_secondly_rolling limit.");
        assertThat(refused.headers().get("X-HubSpot-RateLimit-Max")).isEqualTo("100");
        assertThat(refused.headers().get("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
        assertThat(sandbox.journal().totalRateLimited()).isEqualTo(1);
    }

    @Test
    void aClientPacedExactlyAtTheLimitIsNeverRefusedAndASlightlyFasterOneIs() throws IOException {
        HubSpotHttp http = start(RateLimits.STARTER);
        for (int i = 0; i < 250; i++) {
            clock.advance(Duration.ofMillis(100));
            assertThat(http.get("/crm/v3/objects/contacts/1").status()).as("request %d", i).isEqualTo(200);
        }
        int refused = 0;
        for (int i = 0; i < 250; i++) {
            clock.advance(Duration.ofMillis(95));
            refused += http.get("/crm/v3/objects/contacts/1").status() == 429 ? 1 : 0;
        }
        assertThat(refused).isPositive();
    }

    @Test
    void theTenSecondWindowRolls() throws IOException {
        HubSpotHttp http = start(new RateLimits(10, 5, 1_000));
        burst(http, 6);
        clock.advance(Duration.ofSeconds(5));
        burst(http, 4);
        assertThat(http.get("/crm/v3/objects/contacts/1").status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(5));
        // The first six requests are now ten seconds old and out of the window; the last four are not.
        burst(http, 6);
        assertThat(http.get("/crm/v3/objects/contacts/1").status()).isEqualTo(429);
    }

    @Test
    void searchIsLimitedPerSecondWithoutRateLimitHeaders() throws IOException {
        HubSpotHttp http = start(new RateLimits(100, 5, 1_000));
        for (int i = 0; i < 5; i++) {
            HubSpotHttp.Reply ok = search(http);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.headers().get("X-HubSpot-RateLimit-Remaining")).isNull();
        }
        HubSpotHttp.Reply refused = search(http);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("policyName").asText()).isEqualTo("SECONDLY");
        assertThat(http.get("/crm/v3/objects/contacts/1").status()).as("search has its own budget").isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(search(http).status()).isEqualTo(200);
    }

    @Test
    void theDailyLimitStopsEverythingUntilMidnight() throws IOException {
        HubSpotHttp http = start(new RateLimits(100, 5, 3));
        burst(http, 3);
        HubSpotHttp.Reply refused = http.get("/crm/v3/objects/contacts/1");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("policyName").asText()).isEqualTo("DAILY");
        assertThat(refused.headers().get("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("0");
        clock.advance(Duration.ofHours(15));
        assertThat(http.get("/crm/v3/objects/contacts/1").status()).isEqualTo(200);
    }

    private static void burst(HubSpotHttp http, int requests) throws IOException {
        for (int i = 0; i < requests; i++) {
            assertThat(http.get("/crm/v3/objects/contacts/1").status()).isEqualTo(200);
        }
    }

    private static HubSpotHttp.Reply search(HubSpotHttp http) throws IOException {
        return http.post("/crm/v3/objects/contacts/search",
                HubSpotHttp.search(List.of(), List.of(), 10, "0", "email"));
    }
}
