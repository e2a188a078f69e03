package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.SyntheticOrg;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Opportunities after the handoff: converted leads' and contacts' roles, mapped, in one query per page. */
class SalesforceOutcomesTest {
    private SalesforceOrgFixture org;

    @AfterEach
    void close() {
        if (org != null) {
            org.close();
        }
    }

    private String lead(String name) {
        return org.sandbox.admin().insert("Lead", Map.of("LastName", name, "Company", name + " Inc"));
    }

    /** Converts the lead into an opportunity with these values; returns the opportunity's id. */
    private String convert(String lead, Map<String, ?> opportunity) {
        org.sandbox.admin().convertLead(lead, opportunity);
        return org.sandbox.admin().record(lead).orElseThrow().get("ConvertedOpportunityId").toString();
    }

    private long calls(String operation) {
        return org.counts.attemptsByOperation().getOrDefault(operation, 0L);
    }

    private static List<LeadId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(LeadId::new).toList();
    }

    @Test
    void convertedLeadsOpportunitiesAreMappedOpenWonAndLostInOneQuery() {
        org = new SalesforceOrgFixture();
        String open = lead("Open");
        String won = lead("Won");
        String lost = lead("Lost");
        String unconverted = lead("Fresh");
        String openId = convert(open, Map.of("StageName", "Qualification", "Amount", "1000",
                "CreatedDate", "2026-09-01T10:00:00Z", "CloseDate", "2026-12-31"));
        String wonId = convert(won, Map.of("StageName", "Closed Won", "Amount", "12500.50", "CloseDate", "2026-11-02"));
        String lostId = convert(lost, Map.of("StageName", "Closed Lost", "CloseDate", "2026-10-15"));

        try (SalesforceAdapter adapter = org.openLeads()) {
            long queries = org.sandbox.journal().calls(SoapOperation.QUERY);
            List<Deal> deals = adapter.outcomes().dealsOf(ids(open, won, lost, unconverted));

            assertThat(deals).extracting(d -> d.lead().value(), Deal::id, Deal::stage).containsExactlyInAnyOrder(
                    tuple(open, openId, DealStage.OPEN), tuple(won, wonId, DealStage.WON), tuple(lost, lostId, DealStage.LOST));
            Map<String, Deal> byId = deals.stream().collect(Collectors.toMap(Deal::id, d -> d));
            assertThat(byId.get(wonId).amount().orElseThrow()).isEqualByComparingTo(new BigDecimal("12500.50"));
            assertThat(byId.get(wonId).at()).as("a closed opportunity: its close date").isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
            assertThat(byId.get(openId).at()).as("an open one: its creation").isEqualTo(Instant.parse("2026-09-01T10:00:00Z"));
            assertThat(byId.get(lostId).amount()).isEmpty();
            assertThat(deals).allSatisfy(d -> assertThat(d.currency()).as("a single-currency org has no code").isEmpty());
            assertThat(org.sandbox.journal().calls(SoapOperation.QUERY) - queries).isEqualTo(1);
            assertThat(calls("lead.opportunityQuery")).isEqualTo(1);

            adapter.outcomes().dealsOf(ids(open));
            assertThat(calls("describeSObject")).as("the org is described once").isEqualTo(1);
        }
    }

    @Test
    void aContactsOpportunitiesComeFromItsRolesAndOneOpportunityOfTwoContactsIsADealOfEach() {
        org = new SalesforceOrgFixture();
        String account = org.sandbox.admin().insert("Account", Map.of("Name", "Acme"));
        String ann = org.sandbox.admin().insert("Contact", Map.of("LastName", "Ann", "AccountId", account));
        String bob = org.sandbox.admin().insert("Contact", Map.of("LastName", "Bob", "AccountId", account));
        String cid = org.sandbox.admin().insert("Contact", Map.of("LastName", "Cid", "AccountId", account));
        String shared = org.sandbox.admin().insert("Opportunity", Map.of("Name", "Acme expansion", "StageName",
                "Closed Won", "Amount", "48000", "CloseDate", "2026-11-10", "AccountId", account));
        String annOnly = org.sandbox.admin().insert("Opportunity", Map.of("Name", "Acme pilot", "StageName",
                "Negotiation/Review", "CloseDate", "2026-12-10", "AccountId", account));
        org.sandbox.admin().insert("OpportunityContactRole", Map.of("OpportunityId", shared, "ContactId", ann));
        org.sandbox.admin().insert("OpportunityContactRole", Map.of("OpportunityId", shared, "ContactId", bob));
        org.sandbox.admin().insert("OpportunityContactRole", Map.of("OpportunityId", annOnly, "ContactId", ann));

        try (SalesforceAdapter adapter = org.open("Contact")) {
            List<Deal> deals = adapter.outcomes().dealsOf(ids(ann, bob, cid));

            assertThat(deals).extracting(d -> d.lead().value(), Deal::id, Deal::stage).containsExactlyInAnyOrder(
                    tuple(ann, shared, DealStage.WON), tuple(bob, shared, DealStage.WON), tuple(ann, annOnly, DealStage.OPEN));
            assertThat(calls("opportunityContactRole.query")).isEqualTo(1);
        }
    }

    @Test
    void aMultiCurrencyOrgsCurrencyIsRead() {
        org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder().multiCurrency());
        String lead = lead("Euro");
        String opportunity = convert(lead, Map.of("StageName", "Closed Won", "Amount", "900", "CloseDate", "2026-11-01",
                "CurrencyIsoCode", "EUR"));

        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThat(adapter.outcomes().dealsOf(ids(lead))).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(opportunity);
                assertThat(d.currency()).contains("EUR");
            });
        }
    }

    @Test
    void aDeletedOpportunityIsLeftOutAndTheRestKept() {
        org = new SalesforceOrgFixture();
        String kept = lead("Kept");
        String gone = lead("Gone");
        String keptId = convert(kept, Map.of("StageName", "Closed Won", "CloseDate", "2026-11-01"));
        org.sandbox.admin().delete(convert(gone, Map.of("StageName", "Closed Won", "CloseDate", "2026-11-01")));

        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThat(adapter.outcomes().dealsOf(ids(kept, gone))).extracting(Deal::id).containsExactly(keptId);
        }
    }

    @Test
    void aServerFaultOnTheQueryIsRetriedAndNothingIsLost() {
        org = new SalesforceOrgFixture();
        String a = lead("A");
        String b = lead("B");
        convert(a, Map.of("StageName", "Closed Won", "CloseDate", "2026-11-01"));
        convert(b, Map.of("StageName", "Prospecting", "CloseDate", "2026-12-01"));
        try (SalesforceAdapter adapter = org.openLeads()) {
            org.sandbox.admin().addCallRule(SoapCallRule.fault("SERVER_UNAVAILABLE", "maintenance")
                    .withOperation(SoapOperation.QUERY).withTimes(1));

            assertThat(adapter.outcomes().dealsOf(ids(a, b))).hasSize(2);
            assertThat(calls("lead.opportunityQuery")).isEqualTo(2);
        }
    }

    @Test
    void theSeededOrgsConvertedLeadsCarryTheGeneratorsDeals() {
        org = new SalesforceOrgFixture();
        SyntheticCrm crm = new SyntheticCrm(SyntheticCrm.Spec.of(7, 300));
        SyntheticOrg.Seeded seeded = SyntheticOrg.seed(org.sandbox, crm);
        List<String> converted = org.sandbox.admin().records("Lead").stream()
                .filter(r -> r.containsKey("ConvertedOpportunityId")).map(r -> r.get("Id").toString()).toList();
        long generated = java.util.stream.IntStream.range(0, 300).filter(i -> !crm.deals(i).isEmpty()).count();

        assertThat(seeded.converted()).isEqualTo(generated).isEqualTo(converted.size()).isPositive();
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<Deal> deals = adapter.outcomes().dealsOf(converted.stream().map(LeadId::new).toList());

            assertThat(deals).hasSize(converted.size());
            assertThat(deals).extracting(Deal::stage).contains(DealStage.OPEN, DealStage.WON);
        }
        assertThat(Optional.of(seeded.opportunities())).hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(seeded.converted()));
    }
}
