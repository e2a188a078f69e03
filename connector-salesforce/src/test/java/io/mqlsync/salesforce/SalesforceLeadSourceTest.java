package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceLeadSourceTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture();

    @AfterEach
    void close() {
        org.close();
    }

    private List<String> insertLeads(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(org.sandbox.admin().insert("Lead", Map.of("LastName", "Lead" + i, "Company", "Acme " + i)));
        }
        return ids;
    }

    /** Reads pages until the read says no more follow; returns every lead read, in order. */
    private static List<SourceLead> drain(Function<Optional<Cursor>, LeadPage> read, Optional<Cursor> start,
                                          List<Cursor> lastCursor) {
        List<SourceLead> all = new ArrayList<>();
        Optional<Cursor> cursor = start;
        for (int guard = 0; guard < 1000; guard++) {
            LeadPage page = read.apply(cursor);
            all.addAll(page.leads());
            cursor = Optional.of(page.resumeAt());
            if (!page.hasMore()) {
                lastCursor.add(page.resumeAt());
                return all;
            }
        }
        throw new AssertionError("the read never ended");
    }

    private static List<String> ids(List<SourceLead> leads) {
        return leads.stream().map(l -> l.record().id().value()).toList();
    }

    @Test
    void incrementalReadPagesThroughOneQueryAndQueryMoreAtTheBatchSize() {
        List<String> ids = insertLeads(450);
        try (SalesforceAdapter adapter = org.openLeads()) {
            LeadSource source = adapter.leads();
            LeadPage first = source.changed(Optional.empty(), 200);
            LeadPage second = source.changed(Optional.of(first.resumeAt()), 200);
            LeadPage third = source.changed(Optional.of(second.resumeAt()), 200);

            assertThat(List.of(first.leads().size(), second.leads().size(), third.leads().size())).containsExactly(200, 200, 50);
            assertThat(List.of(first.hasMore(), second.hasMore(), third.hasMore())).containsExactly(true, true, false);
            List<SourceLead> all = new ArrayList<>(first.leads());
            all.addAll(second.leads());
            all.addAll(third.leads());
            assertThat(ids(all)).containsExactlyElementsOf(ids);
        }
        assertThat(org.sandbox.journal().calls(SoapOperation.QUERY)).isEqualTo(1);
        assertThat(org.sandbox.journal().calls(SoapOperation.QUERY_MORE)).isEqualTo(2);
    }

    @Test
    void manyRecordsOnOneTimestampPageOnWithoutLoopingOrRepeating() {
        List<String> ids = insertLeads(230);
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<SourceLead> read = drain(c -> adapter.leads().changed(c, 50), Optional.empty(), new ArrayList<>());

            assertThat(ids(read)).containsExactlyElementsOf(ids);
        }
    }

    @Test
    void nextRunLooksBackForLateCommitsButSkipsRecordsItAlreadyRead() {
        List<String> early = insertLeads(3);
        org.clock.advance(Duration.ofMinutes(10));
        String latest = insertLeads(1).getFirst();
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<Cursor> end = new ArrayList<>();
            assertThat(drain(c -> adapter.leads().changed(c, 200), Optional.empty(), end)).hasSize(4);

            // Committed late: stamped a minute before the newest record the first run saw.
            String late = org.sandbox.admin().insert("Lead", Map.of("LastName", "Late", "Company", "Acme",
                    "SystemModstamp", Instant.parse("2026-11-20T12:09:00Z").toString()));
            org.clock.advance(Duration.ofMinutes(1));
            org.sandbox.admin().patch(early.get(1), Map.of("Title", "VP Sales"));
            LeadPage next = adapter.leads().changed(Optional.of(end.getFirst()), 200);

            assertThat(ids(next.leads())).containsExactly(late, early.get(1)).doesNotContain(latest);
            assertThat(next.hasMore()).isFalse();
        }
    }

    @Test
    void aDeadQueryLocatorContinuesFromTheCursorsKey() {
        List<String> ids = insertLeads(450);
        try (SalesforceAdapter adapter = org.openLeads()) {
            LeadPage first = adapter.leads().changed(Optional.empty(), 200);
            org.clock.advance(Duration.ofMinutes(16)); // the org drops cursors idle for 15 minutes
            List<SourceLead> rest = drain(c -> adapter.leads().changed(c, 200), Optional.of(first.resumeAt()), new ArrayList<>());

            List<SourceLead> all = new ArrayList<>(first.leads());
            all.addAll(rest);
            assertThat(ids(all)).containsExactlyElementsOf(ids);
        }
        assertThat(org.sandbox.journal().faults()).containsEntry("INVALID_QUERY_LOCATOR", 1L);
    }

    @Test
    void aServerFaultIsRetriedWithBackoffAndTheReadGoesOn() {
        insertLeads(3);
        try (SalesforceAdapter adapter = org.openLeads()) {
            org.sandbox.admin().addCallRule(SoapCallRule.fault("SERVER_UNAVAILABLE", "maintenance")
                    .withOperation(SoapOperation.QUERY).withTimes(2));

            assertThat(adapter.leads().changed(Optional.empty(), 200).leads()).hasSize(3);
        }
        assertThat(org.sandbox.journal().faults()).containsEntry("SERVER_UNAVAILABLE", 2L);
        assertThat(org.waits).hasSize(2);
    }

    @Test
    void aFaultThatWillRecurStopsTheReadAtOnce() {
        try (SalesforceAdapter adapter = org.openLeads()) {
            org.sandbox.admin().addCallRule(SoapCallRule.fault("INVALID_FIELD", "No such column").withOperation(SoapOperation.QUERY));

            assertThatThrownBy(() -> adapter.leads().changed(Optional.empty(), 200))
                    .isInstanceOf(PermanentCrmException.class).hasMessageContaining("INVALID_FIELD");
        }
        assertThat(org.sandbox.journal().calls(SoapOperation.QUERY)).isEqualTo(1);
        assertThat(org.waits).isEmpty();
    }

    @Test
    void aBackfillOfAThousandRecordsCostsTheCallsItsBatchSizeAllows() {
        insertLeads(1000);
        try (SalesforceAdapter adapter = org.openLeads()) {
            long before = org.sandbox.journal().totalCalls();
            List<SourceLead> read = drain(c -> adapter.leads().all(c, Optional.empty(), 200), Optional.empty(), new ArrayList<>());
            long small = org.sandbox.journal().totalCalls() - before;
            List<SourceLead> again = drain(c -> adapter.leads().all(c, Optional.empty(), 2000), Optional.empty(), new ArrayList<>());
            long large = org.sandbox.journal().totalCalls() - before - small;

            assertThat(read).hasSize(1000);
            assertThat(again).hasSize(1000);
            assertThat(small).isEqualTo(5);
            assertThat(large).isEqualTo(1);
        }
    }

    @Test
    void backfillSinceReadsOnlyRecordsModifiedFromThatTime() {
        insertLeads(3);
        org.clock.advance(Duration.ofDays(2));
        List<String> recent = insertLeads(2);
        try (SalesforceAdapter adapter = org.openLeads()) {
            LeadPage page = adapter.leads().all(Optional.empty(), Optional.of(SalesforceOrgFixture.NOW.plus(Duration.ofDays(1))), 500);

            assertThat(ids(page.leads())).containsExactlyElementsOf(recent);
        }
    }

    @Test
    void decaySweepReadsOnlyRecordsWhoseNextRescoreIsDue() {
        String due = org.sandbox.admin().insert("Lead", Map.of("LastName", "A", "Company", "A",
                "MQL_Next_Rescore_At__c", "2026-11-20T11:00:00Z"));
        org.sandbox.admin().insert("Lead", Map.of("LastName", "B", "Company", "B", "MQL_Next_Rescore_At__c", "2026-11-21T11:00:00Z"));
        org.sandbox.admin().insert("Lead", Map.of("LastName", "C", "Company", "C"));
        try (SalesforceAdapter adapter = org.openLeads()) {
            LeadPage page = adapter.leads().dueForRescore(SalesforceOrgFixture.NOW, Optional.empty(), 200);

            assertThat(ids(page.leads())).containsExactly(due);
            assertThat(page.leads().getFirst().snapshot().written().nextRescoreAt())
                    .contains(Instant.parse("2026-11-20T11:00:00Z"));
        }
    }

    @Test
    void aLeadReadsIntoCanonicalFieldsAndItsSnapshot() {
        String owner = org.sandbox.admin().addUser("rep@acme.test", "Rep", "One", true);
        Map<String, Object> values = new HashMap<>(Map.of("LastName", "Doe", "FirstName", "Jane", "Company", "Acme",
                "Email", "jane@acme.test", "Title", "VP Sales", "NumberOfEmployees", 250, "Country", "US",
                "UTM_Source__c", "google", "Status", "Working - Contacted", "OwnerId", owner));
        values.putAll(Map.of("MQL_Status__c", "MQL", "MQL_Score__c", 72, "MQL_Recycle_Count__c", 1,
                "MQL_Rejection_Reason__c", "timing", "MQL_Qualified_At__c", "2026-11-19T10:00:00Z"));
        String id = org.sandbox.admin().insert("Lead", values);
        try (SalesforceAdapter adapter = org.openLeads()) {
            SourceLead lead = adapter.leads().get(new LeadId(id)).orElseThrow();

            assertThat(lead.record().fields().text(CanonicalField.JOB_TITLE)).contains("VP Sales");
            assertThat(lead.record().fields().text(CanonicalField.EMAIL_DOMAIN)).contains("acme.test");
            assertThat(lead.record().fields().get(CanonicalField.EMPLOYEES).orElseThrow().number()).hasValue(250.0);
            assertThat(lead.record().fields().text(CanonicalField.UTM_SOURCE)).contains("google");
            assertThat(lead.snapshot().crm().leadStatus()).contains("Working - Contacted");
            assertThat(lead.snapshot().crm().owner().orElseThrow().value()).isEqualTo(owner);
            assertThat(lead.snapshot().crm().conversion()).isEqualTo(CrmState.Conversion.NOT_CONVERTED);
            assertThat(lead.snapshot().status()).isEqualTo(MqlStatus.MQL);
            assertThat(lead.snapshot().written().scores().score()).hasValue(72);
            assertThat(lead.snapshot().history().recycleCount()).isEqualTo(1);
            assertThat(lead.snapshot().history().qualifiedAt()).contains(Instant.parse("2026-11-19T10:00:00Z"));
            assertThat(lead.snapshot().written().rejectionInput().orElseThrow().value()).isEqualTo("timing");
            assertThat(adapter.leads().get(new LeadId("00Q000000000000AAA"))).isEmpty();
        }
    }

    @Test
    void aConvertedLeadIsReadAsConverted() {
        String id = insertLeads(1).getFirst();
        org.sandbox.admin().convertLead(id);
        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThat(adapter.leads().get(new LeadId(id)).orElseThrow().snapshot().crm().conversion())
                    .isEqualTo(CrmState.Conversion.CONVERTED);
        }
    }

    @Test
    void contactsReadTheirAccountAndMailingAddressForTheLeadDefaults() {
        String account = org.sandbox.admin().insert("Account", Map.of("Name", "Globex", "NumberOfEmployees", 900));
        String id = org.sandbox.admin().insert("Contact", Map.of("LastName", "Doe", "AccountId", account,
                "MailingCountry", "DE", "Title", "Head of Ops"));
        try (SalesforceAdapter adapter = org.open("Contact")) {
            SourceLead contact = adapter.leads().get(new LeadId(id)).orElseThrow();

            assertThat(contact.record().fields().text(CanonicalField.COMPANY)).contains("Globex");
            assertThat(contact.record().fields().text(CanonicalField.EMPLOYEES)).contains("900");
            assertThat(contact.record().fields().text(CanonicalField.COUNTRY)).contains("DE");
            assertThat(contact.snapshot().crm().leadStatus()).isEmpty();
            assertThat(contact.snapshot().crm().accountOwner()).isPresent();
        }
    }
}
