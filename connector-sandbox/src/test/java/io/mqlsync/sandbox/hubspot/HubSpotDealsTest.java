package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticDealStage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deals and their contact associations: the v4 batch read, the deals batch read, both checked against the specs. */
class HubSpotDealsTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(500).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @AfterEach
    void drain() {
        HUBSPOT.sandbox().specViolations().drain();
    }

    private static long withoutDeals(int skip) {
        return IntStream.rangeClosed(1, 500).filter(i -> HUBSPOT.sandbox().dealsOf(i).isEmpty()).skip(skip)
                .findFirst().orElseThrow();
    }

    private HubSpotHttp.Reply associations(List<String> contacts) throws IOException {
        return http.post("/crm/v4/associations/contacts/deals/batch/read",
                Map.of("inputs", contacts.stream().map(id -> Map.of("id", id)).toList()));
    }

    @Test
    void associationsListEachContactsDealsAndAContactWithoutAnyIsAnErrorOfA207() throws IOException {
        long with = withoutDeals(0);
        long without = withoutDeals(1);
        long deal = HUBSPOT.sandbox().createDeal(Map.of("dealstage", "closedwon", "amount", "10"), List.of(with));

        HubSpotHttp.Reply reply = associations(List.of(Long.toString(with), Long.toString(without)));

        assertThat(reply.status()).isEqualTo(207);
        JsonNode body = reply.json();
        assertThat(body.path("results")).hasSize(1);
        assertThat(body.path("results").get(0).path("from").path("id").asText()).isEqualTo(Long.toString(with));
        assertThat(body.path("results").get(0).path("to").get(0).path("toObjectId").asText()).isEqualTo(Long.toString(deal));
        assertThat(body.path("results").get(0).path("to").get(0).path("associationTypes").get(0).path("typeId").asInt())
                .isEqualTo(DealBook.CONTACT_TO_DEAL);
        assertThat(body.path("errors").get(0).path("context").path("fromObjectId").get(0).asText())
                .isEqualTo(Long.toString(without));
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    @Test
    void dealsBatchReadAnswersHubSpotsCalculatedClosedFlagsAndA207ForAMissingDeal() throws IOException {
        long contact = withoutDeals(2);
        long lost = HUBSPOT.sandbox().createDeal(Map.of("dealstage", "closedlost"), List.of(contact));

        HubSpotHttp.Reply reply = http.post("/crm/v3/objects/deals/batch/read", Map.of(
                "inputs", List.of(Map.of("id", Long.toString(lost)), Map.of("id", "1")),
                "properties", List.of("dealstage", "hs_is_closed", "hs_is_closed_won", "amount"),
                "propertiesWithHistory", List.of()));

        assertThat(reply.status()).isEqualTo(207);
        JsonNode deal = reply.json().path("results").get(0);
        assertThat(deal.path("properties").path("hs_is_closed").asText()).isEqualTo("true");
        assertThat(deal.path("properties").path("hs_is_closed_won").asText()).isEqualTo("false");
        assertThat(deal.path("properties").path("amount").isNull()).isTrue();
        assertThat(reply.json().path("errors").get(0).path("context").path("ids").get(0).asText()).isEqualTo("1");
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    @Test
    void malformedDealsAndAssociationsRequestsAreReportedAgainstTheSpecs() throws IOException {
        assumeTrue(HUBSPOT.sandbox().validatesAgainstSpec(), "HubSpot specs folder absent");
        // deals are validated as the generic CRM objects API (the contacts file): propertiesWithHistory is required
        http.post("/crm/v3/objects/deals/batch/read", Map.of("inputs", List.of(Map.of("id", "1")), "properties", List.of()));
        // an associations input needs its id
        http.post("/crm/v4/associations/contacts/deals/batch/read", Map.of("inputs", List.of(Map.of("after", "1"))));

        List<SpecViolation> violations = HUBSPOT.sandbox().specViolations().drain();
        assertThat(violations).anyMatch(v -> v.path().equals("/crm/v3/objects/contacts/batch/read")
                && v.message().contains("propertiesWithHistory"));
        assertThat(violations).anyMatch(v -> v.path().equals("/crm/v4/associations/contacts/deals/batch/read"));
    }

    @Test
    void moreThanAThousandAssociationInputsAreRefused() throws IOException {
        HubSpotHttp.Reply reply = associations(IntStream.rangeClosed(1, 1_001).mapToObj(Integer::toString).toList());
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void theGeneratorGivesDealsOnlyToLeadsSalesWorkedToSqlOrBeyond() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        List<Integer> withDeals = IntStream.range(0, 500).filter(i -> !sandbox.data().deals(i).isEmpty()).boxed().toList();

        assertThat(withDeals).isNotEmpty();
        assertThat(withDeals).allSatisfy(i -> assertThat(sandbox.contact(i + 1).orElseThrow().get("lifecyclestage"))
                .isIn("salesqualifiedlead", "opportunity", "customer"));
        assertThat(withDeals.stream().flatMap(i -> sandbox.data().deals(i).stream()).map(d -> d.stage()))
                .contains(SyntheticDealStage.OPEN, SyntheticDealStage.WON);
    }
}
