package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.journal.WriteEntry;
import io.mqlsync.sandbox.journal.WriteOrigin;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxAdminApiTest {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(30).clock(AdjustableClock.fixedAt(T0)).searchLag(Duration.ZERO)
            .rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @BeforeEach
    void forget() {
        HUBSPOT.sandbox().journal().clear();
    }

    @Test
    void journalCountsRequestsPerEndpointWithBytesAndKeepsTheWriteHistory() throws IOException {
        http.get("/crm/v3/objects/contacts/1");
        http.get("/crm/v3/objects/contacts/2");
        http.post("/crm/v3/objects/contacts/batch/update", Map.of("inputs", List.of(
                Map.of("id", "3", "properties", Map.of("city", "Porto")))));

        var journal = HUBSPOT.sandbox().journal();
        assertThat(journal.endpoint("contacts.get").requests()).isEqualTo(2);
        assertThat(journal.endpoint("contacts.batchUpdate").bytesIn()).isPositive();
        assertThat(journal.endpoint("contacts.get").bytesOut()).isPositive();
        assertThat(journal.writes()).extracting(WriteEntry::objectId, WriteEntry::properties, WriteEntry::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", Map.of("city", "Porto"), WriteOrigin.API));

        JsonNode overHttp = http.get("/__sandbox/journal").json();
        assertThat(overHttp.path("endpoints").path("contacts.get").path("requests").asInt()).isEqualTo(2);
        assertThat(overHttp.path("writeCount").asInt()).isEqualTo(1);
        assertThat(journal.endpoints()).doesNotContainKey("admin");
    }

    @Test
    void aSalesRepCanMoveLifecycleBackAndSetADispositionWhichBumpsLastModified() throws IOException {
        HUBSPOT.sandbox().clock().advance(Duration.ofMinutes(1));
        http.patch("/crm/v3/objects/contacts/5", Map.of("properties", Map.of("lifecyclestage", "salesqualifiedlead")));
        HUBSPOT.sandbox().clock().advance(Duration.ofMinutes(1));
        JsonNode patched = http.patch("/__sandbox/contacts/5", Map.of("properties",
                Map.of("lifecyclestage", "lead", "hs_lead_status", "UNQUALIFIED"))).json();
        assertThat(patched.path("properties").path("lifecyclestage").asText()).isEqualTo("lead");
        assertThat(patched.path("properties").path("lastmodifieddate").asText())
                .isEqualTo(HubSpotJson.timestamp(HUBSPOT.sandbox().clock().instant()));
        assertThat(HUBSPOT.sandbox().journal().writes()).last()
                .extracting(WriteEntry::origin).isEqualTo(WriteOrigin.SALES_REP);
        assertThat(http.get("/__sandbox/contacts/5").json().path("properties").path("hs_lead_status").asText())
                .isEqualTo("UNQUALIFIED");
    }

    @Test
    void adminRefusesAnInvalidOptionLikeTheApiDoes() throws IOException {
        assertThat(http.patch("/__sandbox/contacts/6", Map.of("properties", Map.of("hs_lead_status", "MAYBE")))
                .status()).isEqualTo(400);
    }

    @Test
    void stateDumpAndClockAdvanceAndFaultsOverHttp() throws IOException {
        JsonNode state = http.get("/__sandbox/state").json();
        assertThat(state.path("contacts").asInt()).isGreaterThanOrEqualTo(30);
        Instant before = HUBSPOT.sandbox().clock().instant();
        http.post("/__sandbox/clock/advance", Map.of("seconds", 60));
        assertThat(HUBSPOT.sandbox().clock().instant()).isEqualTo(before.plusSeconds(60));

        http.post("/__sandbox/faults", Map.of("kind", "SERVICE_UNAVAILABLE", "operation", "owners.list", "nth", 1));
        assertThat(http.get("/crm/v3/owners").status()).isEqualTo(503);
        assertThat(http.get("/crm/v3/owners").status()).isEqualTo(200);
        http.delete("/__sandbox/faults");
    }

    @Test
    void adminPathsAreNotVendorPaths() throws IOException {
        assertThat(http.withoutToken("/__sandbox/state").status()).as("no token needed").isEqualTo(200);
        assertThat(http.get("/__sandbox/nothing").status()).isEqualTo(404);
    }
}
