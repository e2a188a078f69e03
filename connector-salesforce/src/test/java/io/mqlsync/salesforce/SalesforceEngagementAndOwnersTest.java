package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.spi.CrmOwner;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceEngagementAndOwnersTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture();

    @AfterEach
    void close() {
        org.close();
    }

    private String campaign(String name, String type) {
        return org.sandbox.admin().insert("Campaign", Map.of("Name", name, "Type", type));
    }

    private void member(String campaign, String lead, String status) {
        org.sandbox.admin().insert("CampaignMember", Map.of("CampaignId", campaign, "LeadId", lead, "Status", status));
    }

    private void task(String lead, String type, String subject, String status) {
        org.sandbox.admin().insert("Task", Map.of("WhoId", lead, "Type", type, "Subject", subject, "Status", status,
                "ActivityDate", "2026-11-18"));
    }

    @Test
    void campaignMembershipsAndCompletedTasksBecomeCanonicalEventsInTwoQueriesPerPage() {
        String a = org.sandbox.admin().insert("Lead", Map.of("LastName", "A", "Company", "A"));
        String b = org.sandbox.admin().insert("Lead", Map.of("LastName", "B", "Company", "B"));
        String quiet = org.sandbox.admin().insert("Lead", Map.of("LastName", "C", "Company", "C"));
        member(campaign("Nov Webinar", "Webinar"), a, "Attended");
        member(campaign("Pricing Guide", "Other"), a, "Downloaded");
        member(campaign("Q4 Newsletter", "Email"), b, "Responded");
        member(campaign("Q4 Mailing", "Direct Mail"), quiet, "Sent");
        task(a, "Call", "Discovery call", "Completed");
        task(b, "Email", "Re: pricing question", "Completed");
        task(b, "Email", "Intro from sales", "Completed");
        task(quiet, "Meeting", "Demo", "Not Started");
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<SourceLead> page = adapter.leads().all(Optional.empty(), Optional.empty(), 200).leads();
            long queriesBefore = org.sandbox.journal().calls(SoapOperation.QUERY);

            Engagement engagement = adapter.engagement().eventsFor(page, SalesforceOrgFixture.NOW);

            assertThat(org.sandbox.journal().calls(SoapOperation.QUERY) - queriesBefore).isEqualTo(2);
            assertThat(engagement.of(new LeadId(a))).extracting(Event::type).containsExactlyInAnyOrder(
                    EventType.WEBINAR_REGISTERED, EventType.WEBINAR_ATTENDED, EventType.CONTENT_DOWNLOADED,
                    EventType.MEETING_BOOKED);
            assertThat(engagement.of(new LeadId(b))).extracting(Event::type)
                    .containsExactlyInAnyOrder(EventType.CAMPAIGN_RESPONDED, EventType.EMAIL_REPLIED);
            assertThat(engagement.of(new LeadId(quiet))).isEmpty();
            Event download = engagement.of(new LeadId(a)).stream().filter(e -> e.type() == EventType.CONTENT_DOWNLOADED)
                    .findFirst().orElseThrow();
            assertThat(download.attrs().text("asset")).contains("Pricing Guide");
            Event responded = engagement.of(new LeadId(b)).stream().filter(e -> e.type() == EventType.CAMPAIGN_RESPONDED)
                    .findFirst().orElseThrow();
            assertThat(responded.attrs().text("campaign")).contains("Q4 Newsletter");
            assertThat(responded.at()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        }
    }

    @Test
    void anEmptyPageMakesNoCall() {
        try (SalesforceAdapter adapter = org.openLeads()) {
            long before = org.sandbox.journal().totalCalls();
            assertThat(adapter.engagement().eventsFor(List.of(), SalesforceOrgFixture.NOW).events()).isEmpty();
            assertThat(org.sandbox.journal().totalCalls()).isEqualTo(before);
        }
    }

    @Test
    void ownersAreActiveAndInactiveUsersAndQueuesByEmail() {
        String active = org.sandbox.admin().addUser("alice@acme.test", "Alice", "A", true);
        String inactive = org.sandbox.admin().addUser("bob@acme.test", "Bob", "B", false);
        String queue = org.sandbox.admin().addQueue("Inbound SDRs", "sdr-queue@acme.test");
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<CrmOwner> owners = adapter.owners().owners();

            assertThat(owners).filteredOn(o -> o.id().value().equals(active)).singleElement()
                    .satisfies(o -> {
                        assertThat(o.email()).contains(new OwnerEmail("alice@acme.test"));
                        assertThat(o.status()).isEqualTo(OwnerRoster.Status.ACTIVE);
                        assertThat(o.kind()).isEqualTo(CrmOwner.Kind.PERSON);
                    });
            assertThat(owners).filteredOn(o -> o.id().value().equals(inactive)).singleElement()
                    .extracting(CrmOwner::status).isEqualTo(OwnerRoster.Status.INACTIVE);
            assertThat(owners).filteredOn(o -> o.id().value().equals(queue)).singleElement()
                    .satisfies(o -> {
                        assertThat(o.kind()).isEqualTo(CrmOwner.Kind.QUEUE);
                        assertThat(o.email()).contains(new OwnerEmail("sdr-queue@acme.test"));
                    });
        }
    }
}
