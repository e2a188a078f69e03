package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotContactsTest {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");
    static final AdjustableClock CLOCK = AdjustableClock.fixedAt(T0);

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(300).clock(CLOCK).searchLag(Duration.ZERO)
            .rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @Test
    void listPagesThroughEveryContactWithAfter() throws IOException {
        List<String> ids = new ArrayList<>();
        String after = "0";
        while (after != null) {
            JsonNode page = http.get("/crm/v3/objects/contacts?limit=100&properties=email&after=" + after).json();
            page.path("results").forEach(r -> ids.add(r.path("id").asText()));
            after = page.path("paging").path("next").path("after").textValue();
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates().startsWith("1", "2", "3");
    }

    @Test
    void getReturnsRequestedPropertiesWithNullForUnset() throws IOException {
        JsonNode contact = http.get("/crm/v3/objects/contacts/5?properties=email,lifecyclestage,no_such_value_yet").json();
        assertThat(contact.path("id").asText()).isEqualTo("5");
        assertThat(contact.path("properties").has("lifecyclestage")).isTrue();
        assertThat(contact.path("properties").path("hs_object_id").asText()).isEqualTo("5");
        assertThat(contact.path("properties").path("lastmodifieddate").asText()).isNotEmpty();
    }

    @Test
    void getOfUnknownContactIs404() throws IOException {
        HubSpotHttp.Reply reply = http.get("/crm/v3/objects/contacts/999999");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
    }

    @Test
    void batchReadOfSomeMissingIdsAnswers207WithPerRecordErrors() throws IOException {
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/batch/read", Map.of(
                "inputs", List.of(Map.of("id", "1"), Map.of("id", "888888"), Map.of("id", "2")),
                "properties", List.of("email"), "propertiesWithHistory", List.of()));
        assertThat(reply.status()).isEqualTo(207);
        JsonNode body = reply.json();
        assertThat(body.path("results")).hasSize(2);
        assertThat(body.path("numErrors").asInt()).isEqualTo(1);
        assertThat(body.path("errors").get(0).path("category").asText()).isEqualTo("OBJECT_NOT_FOUND");
        assertThat(body.path("errors").get(0).path("context").path("ids").get(0).asText()).isEqualTo("888888");
    }

    @Test
    void batchUpdateWithAMissingIdUpdatesTheRestAndAnswers207() throws IOException {
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/batch/update", Map.of("inputs", List.of(
                Map.of("id", "10", "properties", Map.of("hs_lead_status", "OPEN")),
                Map.of("id", "777777", "properties", Map.of("hs_lead_status", "OPEN")))));
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.json().path("errors").get(0).path("context").path("ids").get(0).asText()).isEqualTo("777777");
        assertThat(HUBSPOT.sandbox().contact(10).orElseThrow()).containsEntry("hs_lead_status", "OPEN");
    }

    @Test
    void oneInvalidEnumerationOptionFailsTheWholeBatchWith400() throws IOException {
        String before = HUBSPOT.sandbox().contact(11).orElseThrow().getOrDefault("hs_lead_status", "");
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/batch/update", Map.of("inputs", List.of(
                Map.of("id", "11", "properties", Map.of("hs_lead_status", "CONNECTED")),
                Map.of("id", "12", "properties", Map.of("hs_lead_status", "NOT_AN_OPTION")))));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(reply.json().path("message").asText()).startsWith("Property values were not valid: ")
                .contains("INVALID_OPTION").contains("hs_lead_status");
        assertThat(HUBSPOT.sandbox().contact(11).orElseThrow().getOrDefault("hs_lead_status", ""))
                .as("nothing of the batch was written").isEqualTo(before);
    }

    @Test
    void aBatchNamingOneContactTwiceIsRefused() throws IOException {
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/batch/update", Map.of("inputs", List.of(
                Map.of("id", "13", "properties", Map.of("city", "Rome")),
                Map.of("id", "13", "properties", Map.of("city", "Milan")))));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).startsWith("Duplicate IDs found in batch input");
    }

    @Test
    void unknownPropertyIsRefusedLikeHubSpot() throws IOException {
        HubSpotHttp.Reply reply = http.patch("/crm/v3/objects/contacts/3",
                Map.of("properties", Map.of("mql_score", "42")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).contains("PROPERTY_DOESNT_EXIST")
                .contains("Property \\\"mql_score\\\" does not exist");
    }

    @Test
    void batchOfMoreThan100InputsIsRefused() throws IOException {
        List<Map<String, Object>> inputs = IntStream.rangeClosed(1, 101)
                .mapToObj(i -> Map.<String, Object>of("id", String.valueOf(i), "properties", Map.of("city", "Oslo")))
                .toList();
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/batch/update", Map.of("inputs", inputs));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).contains("100");
    }

    @Test
    void everyWriteBumpsLastModifiedDate() throws IOException {
        String before = HUBSPOT.sandbox().contact(20).orElseThrow().get("lastmodifieddate");
        CLOCK.advance(Duration.ofMinutes(3));
        http.patch("/crm/v3/objects/contacts/20", Map.of("properties", Map.of("city", "Lisbon")));
        String after = HUBSPOT.sandbox().contact(20).orElseThrow().get("lastmodifieddate");
        assertThat(Instant.parse(after)).isAfter(Instant.parse(before)).isEqualTo(CLOCK.instant());
    }

    @Test
    void lifecycleStageSilentlyRefusesToMoveBackwardsUntilCleared() throws IOException {
        String contact = "/crm/v3/objects/contacts/30";
        http.patch(contact, Map.of("properties", Map.of("lifecyclestage", "salesqualifiedlead")));
        HubSpotHttp.Reply back = http.patch(contact, Map.of("properties",
                Map.of("lifecyclestage", "lead", "hs_lead_status", "UNQUALIFIED")));
        assertThat(back.status()).isEqualTo(200);
        assertThat(HUBSPOT.sandbox().contact(30).orElseThrow())
                .containsEntry("lifecyclestage", "salesqualifiedlead")
                .as("the rest of the write applies").containsEntry("hs_lead_status", "UNQUALIFIED");

        http.patch(contact, Map.of("properties", Map.of("lifecyclestage", "")));
        http.patch(contact, Map.of("properties", Map.of("lifecyclestage", "lead")));
        assertThat(HUBSPOT.sandbox().contact(30).orElseThrow()).containsEntry("lifecyclestage", "lead");
    }

    @Test
    void createRefusesADuplicateEmailWith409() throws IOException {
        Map<String, Object> input = Map.of("properties", Map.of("email", "new.person@example.org"),
                "associations", List.of());
        assertThat(http.post("/crm/v3/objects/contacts", input).status()).isEqualTo(201);
        HubSpotHttp.Reply again = http.post("/crm/v3/objects/contacts", input);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("message").asText()).startsWith("Contact already exists. Existing ID: ");
    }

    @Test
    void requestWithoutTheTokenIs401() throws IOException {
        HubSpotHttp.Reply reply = http.withoutToken("/crm/v3/objects/contacts");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
    }
}
