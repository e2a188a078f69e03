package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code object: Contact}: the same reads and writes on contacts, engagement through {@code ContactId}. */
class SalesforceContactTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture();

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void contactsAreScoredFromTheirCampaignsAndWrittenWithoutALeadStatus() {
        String contact = org.sandbox.admin().insert("Contact", Map.of("LastName", "Doe", "Title", "CFO"));
        String webinar = org.sandbox.admin().insert("Campaign", Map.of("Name", "Finance Webinar", "Type", "Webinar"));
        org.sandbox.admin().insert("CampaignMember", Map.of("CampaignId", webinar, "ContactId", contact, "Status", "Attended"));
        try (SalesforceAdapter adapter = org.open("Contact")) {
            List<SourceLead> page = adapter.leads().changed(Optional.empty(), 200).leads();
            assertThat(page).extracting(l -> l.record().id().value()).containsExactly(contact);
            assertThat(adapter.engagement().eventsFor(page, SalesforceOrgFixture.NOW).of(new LeadId(contact)))
                    .extracting(e -> e.type()).contains(EventType.WEBINAR_ATTENDED);

            LeadChange scores = new LeadChange(new LeadId(contact), Map.of("mql_score", "55", "mql_status", "MQL"), Set.of(),
                    Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT);
            LeadChange status = new LeadChange(new LeadId(contact), Map.of("leadStatus", "Working - Contacted"), Set.of(),
                    Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT);

            assertThat(adapter.sink().write(List.of(scores))).allMatch(WriteResult::isWritten);
            assertThat(adapter.sink().write(List.of(status)).getFirst().failure().orElseThrow().code())
                    .isEqualTo(SalesforceLeadSink.UNMAPPED);
        }
        assertThat(org.sandbox.admin().record(contact).orElseThrow()).containsEntry("MQL_Status__c", "MQL");
    }
}
