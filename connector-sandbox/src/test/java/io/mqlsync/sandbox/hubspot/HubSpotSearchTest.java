package io.mqlsync.sandbox.hubspot;

import static io.mqlsync.sandbox.hubspot.HubSpotHttp.filter;
import static io.mqlsync.sandbox.hubspot.HubSpotHttp.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubSpotSearchTest {

    static final AdjustableClock CLOCK = AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z"));
    static final Duration LAG = Duration.ofSeconds(5);

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(10_050).clock(CLOCK).searchLag(LAG)
            .rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    private JsonNode search(Object filterGroups, Object sorts, int limit, String after) throws IOException {
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/search",
                HubSpotHttp.search(filterGroups, sorts, limit, after, "email", "numemployees", "lifecyclestage"));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private static List<Map<String, Object>> only(Map<String, Object> filter) {
        return List.of(Map.of("filters", List.of(filter)));
    }

    private static Optional<String> value(long id, String property) {
        return Optional.ofNullable(HUBSPOT.sandbox().contact(id).orElseThrow().get(property));
    }

    @ParameterizedTest(name = "hs_object_id {0} {1} matches {2} records")
    @CsvSource({"EQ, 17, 1", "NEQ, 17, 10049", "GT, 10000, 50", "GTE, 10000, 51", "LT, 11, 10", "LTE, 11, 11"})
    void comparisonOperatorsCompareNumbersNumerically(String operator, String value, int expected) throws IOException {
        JsonNode page = search(only(filter("hs_object_id", operator, value)), List.of(), 1, "0");
        assertThat(page.path("total").asInt()).isEqualTo(expected);
    }

    @Test
    void betweenIsInclusiveAtBothEnds() throws IOException {
        JsonNode page = search(only(Map.of("propertyName", "hs_object_id", "operator", "BETWEEN",
                "value", "100", "highValue", "104")), List.of(), 10, "0");
        assertThat(ids(page)).containsExactly("100", "101", "102", "103", "104");
    }

    @Test
    void inAndNotInMatchListsOfEnumerationValues() throws IOException {
        JsonNode in = search(only(Map.of("propertyName", "lifecyclestage", "operator", "IN",
                "values", List.of("customer", "opportunity"))), List.of(), 200, "0");
        assertThat(in.path("total").asInt()).isPositive();
        in.path("results").forEach(r -> assertThat(r.path("properties").path("lifecyclestage").asText())
                .isIn("customer", "opportunity"));
        JsonNode notIn = search(only(Map.of("propertyName", "lifecyclestage", "operator", "NOT_IN",
                "values", List.of("customer", "opportunity"))), List.of(), 1, "0");
        assertThat(in.path("total").asInt() + notIn.path("total").asInt()).isEqualTo(10_050);
    }

    @Test
    void hasPropertyAndNotHasPropertySplitThePortal() throws IOException {
        int has = search(only(filter("jobtitle", "HAS_PROPERTY", "")), List.of(), 1, "0").path("total").asInt();
        int hasNot = search(only(filter("jobtitle", "NOT_HAS_PROPERTY", "")), List.of(), 1, "0").path("total").asInt();
        assertThat(has).isPositive();
        assertThat(hasNot).isPositive();
        assertThat(has + hasNot).isEqualTo(10_050);
    }

    @Test
    void filterGroupsAreOredAndFiltersWithinAGroupAreAnded() throws IOException {
        List<Map<String, Object>> groups = List.of(
                Map.of("filters", List.of(filter("hs_object_id", "LTE", "3"))),
                Map.of("filters", List.of(filter("hs_object_id", "GTE", "50"), filter("hs_object_id", "LTE", "51"))));
        assertThat(ids(search(groups, List.of(), 10, "0"))).containsExactly("1", "2", "3", "50", "51");
    }

    @Test
    void sortsDescendingByADatetimeProperty() throws IOException {
        JsonNode page = search(List.of(), List.of("-createdate"), 50, "0");
        List<Instant> created = new ArrayList<>();
        page.path("results").forEach(r -> created.add(Instant.parse(r.path("properties").path("createdate").asText())));
        assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void limitAbove200IsRefused() throws IOException {
        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/contacts/search",
                HubSpotHttp.search(List.of(), List.of(), 201, "0", "email"));
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void pagingPastTenThousandResultsIsRefusedWith400() throws IOException {
        JsonNode last = search(List.of(), List.of(), 200, "9800");
        assertThat(last.path("total").asInt()).isEqualTo(10_050);
        assertThat(last.path("results")).hasSize(200);
        assertThat(last.path("paging").path("next").path("after").asText()).isEqualTo("10000");

        HubSpotHttp.Reply beyond = http.post("/crm/v3/objects/contacts/search",
                HubSpotHttp.search(List.of(), List.of(), 100, "10000", "email"));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().path("category").asText()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void searchSeesAWriteOnlyAfterTheSearchLag() throws IOException {
        long id = 42;
        String stale = value(id, "city").orElse("");
        http.patch("/crm/v3/objects/contacts/" + id, Map.of("properties", Map.of("city", "Reykjavik")));
        List<Map<String, Object>> byCity = only(filter("city", "EQ", "Reykjavik"));

        assertThat(search(byCity, List.of(), 10, "0").path("total").asInt()).as("still indexing").isZero();
        assertThat(value(id, "city")).as("reads see the write at once").contains("Reykjavik");
        CLOCK.advance(LAG.minusMillis(1));
        assertThat(search(byCity, List.of(), 10, "0").path("total").asInt()).isZero();
        CLOCK.advance(Duration.ofMillis(1));
        assertThat(ids(search(byCity, List.of(), 10, "0"))).containsExactly(String.valueOf(id));
        assertThat(stale).isNotEqualTo("Reykjavik");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("results").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }
}
