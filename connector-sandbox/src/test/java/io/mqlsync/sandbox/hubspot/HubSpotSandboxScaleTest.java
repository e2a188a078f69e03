package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotSandboxScaleTest {

    @Test
    void aMillionContactPortalServesItsLastContactWithoutMaterialisingTheRest() throws IOException {
        long before = retainedHeap();
        try (HubSpotSandbox sandbox = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(1_000_000)
                .seed(7).specs(HubSpotSpecs.disabled()).build())) {
            HubSpotHttp http = new HubSpotHttp(sandbox);
            JsonNode last = http.get("/crm/v3/objects/contacts/1000000?properties=email,createdate").json();
            assertThat(last.path("id").asText()).isEqualTo("1000000");
            JsonNode page = http.get("/crm/v3/objects/contacts?limit=100&after=999950").json();
            assertThat(page.path("results")).hasSize(50);
            assertThat(page.path("paging").isMissingNode()).isTrue();
            String email = sandbox.data().lead(999_998).field("email").filter(e -> e.matches("[a-z]+\\.[a-z]+\\d+@.+"))
                    .orElse("nobody@nowhere.example");
            HubSpotHttp.Reply byEmail = http.get("/crm/v3/objects/contacts/" + email + "?idProperty=email");
            if (!email.startsWith("nobody")) {
                assertThat(byEmail.json().path("id").asText()).isEqualTo("999999");
            }
            HubSpotHttp.Reply recent = http.post("/crm/v3/objects/contacts/search", HubSpotHttp.search(
                    List.of(Map.of("filters", List.of(HubSpotHttp.filter(
                            "lastmodifieddate", "GTE", String.valueOf(sandbox.data().spec().anchor().minusSeconds(3_600)
                                    .toEpochMilli()))))), List.of("lastmodifieddate"), 100, "0", "email"));
            assertThat(recent.status()).isEqualTo(200);
            recent.json().path("results").forEach(r -> assertThat(Instant.parse(
                    r.path("properties").path("lastmodifieddate").asText()))
                    .isAfterOrEqualTo(sandbox.data().spec().anchor().minusSeconds(3_600)));
            long after = retainedHeap();
            // Generated contacts live as an index: a portal of a million costs megabytes, not gigabytes.
            assertThat(after - before).isLessThan(200L * 1024 * 1024);
        }
    }

    @Test
    void sameSeedGivesTheSamePortal() throws IOException {
        HubSpotSandboxOptions options = HubSpotSandboxOptions.builder().contacts(50).seed(99)
                .specs(HubSpotSpecs.disabled()).build();
        String first;
        try (HubSpotSandbox sandbox = HubSpotSandbox.start(options)) {
            first = new HubSpotHttp(sandbox).get("/crm/v3/objects/contacts?limit=50&properties=email,jobtitle,"
                    + "lifecyclestage,hubspot_owner_id,utm_campaign").text();
        }
        try (HubSpotSandbox sandbox = HubSpotSandbox.start(options)) {
            String second = new HubSpotHttp(sandbox).get("/crm/v3/objects/contacts?limit=50&properties=email,jobtitle,"
                    + "lifecyclestage,hubspot_owner_id,utm_campaign").text();
            assertThat(second).isEqualTo(first);
        }
    }

    /** Heap in use after a full collection: what the portal keeps, not the garbage its requests left. */
    private static long retainedHeap() {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
