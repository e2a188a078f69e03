package io.mqlsync.hubspot;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.hubspot.client.AssociatedType;
import io.mqlsync.hubspot.client.HubSpotAssociatedObjects;
import io.mqlsync.hubspot.client.HubSpotHttp;
import io.mqlsync.hubspot.client.PrivateAppToken;
import io.mqlsync.hubspot.client.Timeouts;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticDeal;
import io.mqlsync.sandbox.data.SyntheticDealStage;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Deals associated with contacts, read after the handoff: mapping, call counts and batch sizes, partial answers. */
class HubSpotOutcomesTest {
    private static final int CONTACTS = 2_000;
    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(T0)).rateLimits(TestAdapter.GENEROUS));

    /** The next contact not yet used by a test, among those the generator gave no deal. */
    private static int nextContact = 1;

    private WireMockServer stub;

    @AfterEach
    void clear() {
        HUBSPOT.sandbox().faults().clear();
        if (stub != null) {
            stub.stop();
        }
    }

    private static synchronized List<Long> freshContacts(int count) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            long id = nextContact++;
            if (HUBSPOT.sandbox().dealsOf(id).isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static long deal(String stage, String amount, List<Long> contacts) {
        return HUBSPOT.sandbox().createDeal(Map.of("dealname", "Deal", "dealstage", stage, "amount", amount,
                "createdate", "2026-09-01T10:00:00.000Z", "closedate", "2026-11-01T16:30:00.000Z"), contacts);
    }

    private static List<LeadId> leads(List<Long> ids) {
        return ids.stream().map(id -> new LeadId(Long.toString(id))).toList();
    }

    @Test
    void dealsAreMappedOpenWonAndLostWithExactAmountsAndOneDealOfTwoContactsIsListedForEach() {
        List<Long> c = freshContacts(5);
        long open = deal("appointmentscheduled", "1000", List.of(c.get(0)));
        long won = HUBSPOT.sandbox().createDeal(Map.of("dealname", "Won", "dealstage", "closedwon", "amount", "12500.50",
                "deal_currency_code", "EUR", "createdate", "2026-09-01T10:00:00.000Z", "closedate", "2026-11-02T09:15:00.000Z"),
                List.of(c.get(1)));
        long lost = deal("closedlost", "", List.of(c.get(2)));
        long shared = deal("closedwon", "7000", List.of(c.get(3), c.get(0)));

        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            List<Deal> deals = hubspot.adapter.outcomes().dealsOf(leads(c));

            assertThat(deals).extracting(d -> d.lead().value(), Deal::id, Deal::stage).containsExactlyInAnyOrder(
                    tuple(c.get(0).toString(), Long.toString(open), DealStage.OPEN),
                    tuple(c.get(0).toString(), Long.toString(shared), DealStage.WON),
                    tuple(c.get(1).toString(), Long.toString(won), DealStage.WON),
                    tuple(c.get(2).toString(), Long.toString(lost), DealStage.LOST),
                    tuple(c.get(3).toString(), Long.toString(shared), DealStage.WON));
            Deal wonDeal = deals.stream().filter(d -> d.id().equals(Long.toString(won))).findFirst().orElseThrow();
            assertThat(wonDeal.amount()).contains(new BigDecimal("12500.50"));
            assertThat(wonDeal.currency()).contains("EUR");
            assertThat(wonDeal.at()).as("a closed deal is dated by its close date").isEqualTo(Instant.parse("2026-11-02T09:15:00Z"));
            Deal openDeal = deals.stream().filter(d -> d.id().equals(Long.toString(open))).findFirst().orElseThrow();
            assertThat(openDeal.at()).as("an open deal by its creation").isEqualTo(Instant.parse("2026-09-01T10:00:00Z"));
            assertThat(openDeal.currency()).isEmpty();
            assertThat(deals).filteredOn(d -> d.id().equals(Long.toString(lost))).singleElement()
                    .satisfies(d -> assertThat(d.amount()).as("an empty amount is none").isEmpty());
            assertThat(hubspot.calls("associations.deals.batchRead")).isEqualTo(1);
            assertThat(hubspot.calls("deals.batchRead")).as("the shared deal is read once").isEqualTo(1);
        }
    }

    @Test
    void aPageCostsOneAssociationsCallAndDealReadsOfAtMostAHundred() {
        List<Long> c = freshContacts(100);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            created.add(deal("qualifiedtobuy", "10", List.of(c.get(i))));
            created.add(deal("closedwon", "20", List.of(c.get(i))));
        }

        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            List<Deal> deals = hubspot.adapter.outcomes().dealsOf(leads(c));

            assertThat(deals).extracting(Deal::id).containsExactlyInAnyOrderElementsOf(created.stream().map(String::valueOf).toList());
            assertThat(hubspot.calls("associations.deals.batchRead")).isEqualTo(1);
            assertThat(hubspot.calls("deals.batchRead")).as("150 deals in batches of 100").isEqualTo(2);
        }
    }

    @Test
    void contactsWithoutDealsCostOneCallAndReadNoDeal() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.outcomes().dealsOf(leads(freshContacts(30)))).isEmpty();
            assertThat(hubspot.calls("associations.deals.batchRead")).isEqualTo(1);
            assertThat(hubspot.calls("deals.batchRead")).isZero();
        }
    }

    @Test
    void aDealDeletedBetweenTheTwoReadsIsLeftOutAndTheRestKept() {
        List<Long> c = freshContacts(2);
        long kept = deal("closedwon", "5", List.of(c.get(0)));
        long gone = deal("closedwon", "6", List.of(c.get(1)));
        HUBSPOT.sandbox().deleteDeal(gone);

        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.outcomes().dealsOf(leads(c))).extracting(Deal::id).containsExactly(Long.toString(kept));
        }
    }

    @Test
    void aContactWithMoreThanAPageOfDealsIsFollowedAndNoOtherContactIsAskedAgain() {
        List<Long> c = freshContacts(2);
        for (int i = 0; i < 501; i++) {
            deal("closedlost", "1", List.of(c.get(0)));
        }
        deal("closedwon", "2", List.of(c.get(1)));

        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            List<Deal> deals = hubspot.adapter.outcomes().dealsOf(leads(c));

            assertThat(deals).filteredOn(d -> d.lead().value().equals(c.get(0).toString())).hasSize(501);
            assertThat(deals).filteredOn(d -> d.lead().value().equals(c.get(1).toString())).hasSize(1);
            assertThat(hubspot.calls("associations.deals.batchRead")).isEqualTo(2);
            assertThat(hubspot.calls("deals.batchRead")).isEqualTo(6);
        }
    }

    @Test
    void aTransientFailureOfTheDealsReadIsRetriedAndNothingIsLost() {
        List<Long> c = freshContacts(3);
        c.forEach(id -> deal("closedwon", "3", List.of(id)));
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("deals.batchRead"), FaultTrigger.onNth(1),
                Fault.of(FaultKind.SERVICE_UNAVAILABLE)));

        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.outcomes().dealsOf(leads(c))).hasSize(3);
            assertThat(hubspot.calls("deals.batchRead")).isEqualTo(2);
        }
    }

    @Test
    void theGeneratorsCustomersHaveAWonDealWithItsAmount() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        int customer = IntStream.range(0, CONTACTS).filter(i -> sandbox.data().deals(i).stream()
                .anyMatch(d -> d.stage() == SyntheticDealStage.WON && d.amount().isPresent())).findFirst().orElseThrow();
        SyntheticDeal seeded = sandbox.data().deals(customer).stream().filter(d -> d.stage() == SyntheticDealStage.WON)
                .findFirst().orElseThrow();

        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            List<Deal> deals = hubspot.adapter.outcomes().dealsOf(List.of(new LeadId(Integer.toString(customer + 1))));

            assertThat(deals).filteredOn(d -> d.stage() == DealStage.WON).first().satisfies(d -> {
                assertThat(d.amount()).isEqualTo(seeded.amount());
                assertThat(d.currency()).contains(seeded.currency());
                assertThat(d.at()).isEqualTo(seeded.closedAt().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            });
        }
    }

    @Test
    void anAppWithoutTheDealsScopeIsAPermanentRefusalNamingTheScope() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        stub.stubFor(post(urlPathEqualTo("/crm/v4/associations/contacts/deals/batch/read")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"This app hasn't been granted all required scopes\",\"category\":\"MISSING_SCOPES\"}")));
        ResilientCallPolicy policy = new ResilientCallPolicy("t", TestAdapter.fast(),
                new PolicyRuntime(Clock.systemUTC(), System::nanoTime, wait -> { }, () -> 0.5, new CallCounts()));
        try (HubSpotHttp http = new HubSpotHttp(HttpUrl.get(stub.baseUrl()), new PrivateAppToken(new Secret("pat")),
                policy.feedback(), Timeouts.defaults())) {
            HubSpotOutcomeSource source = new HubSpotOutcomeSource(new HubSpotAssociatedObjects(http, policy, AssociatedType.DEALS));

            assertThatThrownBy(() -> source.dealsOf(List.of(new LeadId("1")))).isInstanceOf(PermanentCrmException.class)
                    .hasMessageContaining("crm.objects.deals.read");
        }
    }
}
