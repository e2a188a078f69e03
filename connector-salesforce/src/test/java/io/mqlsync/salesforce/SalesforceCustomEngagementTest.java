package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.sandbox.salesforce.CustomField;
import io.mqlsync.sandbox.salesforce.CustomObject;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** The org's own engagement objects ({@code salesforce.engagement}) read as events, through force-wsc against the fake org. */
class SalesforceCustomEngagementTest {
    static final CustomObject TRIAL = CustomObject.of("Trial__c", CustomField.lookup("Lead__c", "Lead"),
            CustomField.dateTime("Started_At__c"), CustomField.text("Status__c"), CustomField.text("Product_Name__c"),
            CustomField.text("Started_Text__c"));
    static final CustomObject ATTENDANCE = CustomObject.of("Webinar_Attendance__c", CustomField.lookup("Lead__c", "Lead"),
            CustomField.date("Attended_On__c"), CustomField.text("Webinar_Name__c"));
    static final Map<String, ?> TRIALS = Map.of("object", "Trial__c", "leadField", "Lead__c", "timeField", "Started_At__c",
            "event", "TRIAL_STARTED", "attributes", Map.of("asset", "Product_Name__c", "status", "Status__c"));

    private final SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
            .customObject(TRIAL).customObject(ATTENDANCE));

    @AfterEach
    void close() {
        org.close();
    }

    private String lead(String name) {
        return org.sandbox.admin().insert("Lead", Map.of("LastName", name, "Company", name));
    }

    private String trial(String lead, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("Lead__c", lead);
        return org.sandbox.admin().insert("Trial__c", all);
    }

    private static Map<String, ?> with(Map<String, ?> entry, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(entry);
        copy.put(key, value);
        return copy;
    }

    private List<SourceLead> everyLead(SalesforceAdapter adapter) {
        List<SourceLead> all = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        LeadPage page;
        do {
            page = adapter.leads().all(cursor, Optional.empty(), 2000);
            all.addAll(page.leads());
            cursor = Optional.of(page.resumeAt());
        } while (page.hasMore());
        return all;
    }

    @Test
    void rowsOfConfiguredObjectsBecomeEventsWithTheirTimeAndAttributesInOneQueryEach() {
        String a = lead("A");
        String b = lead("B");
        String quiet = lead("C");
        trial(a, Map.of("Started_At__c", Instant.parse("2026-11-18T09:30:00Z"), "Product_Name__c", "Analytics",
                "Status__c", "Active"));
        trial(quiet, Map.of("Status__c", "Requested"));
        org.sandbox.admin().insert("Webinar_Attendance__c", Map.of("Lead__c", b, "Attended_On__c", LocalDate.parse("2026-11-17"),
                "Webinar_Name__c", "Pipeline 101"));
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(TRIALS, Map.of("object", "Webinar_Attendance__c",
                "leadField", "Lead__c", "timeField", "Attended_On__c", "event", "WEBINAR_ATTENDED",
                "attributes", Map.of("campaign", "Webinar_Name__c"))))) {
            List<SourceLead> page = everyLead(adapter);
            long queriesBefore = org.sandbox.journal().calls(SoapOperation.QUERY);

            Engagement engagement = adapter.engagement().eventsFor(page, SalesforceOrgFixture.NOW);

            assertThat(org.sandbox.journal().calls(SoapOperation.QUERY) - queriesBefore).as("CampaignMember, Task, 2 objects")
                    .isEqualTo(4);
            Event started = engagement.of(new LeadId(a)).getFirst();
            assertThat(engagement.of(new LeadId(a))).hasSize(1);
            assertThat(started.type()).isEqualTo(EventType.TRIAL_STARTED);
            assertThat(started.at()).isEqualTo(Instant.parse("2026-11-18T09:30:00Z"));
            assertThat(started.attrs().text("asset")).contains("Analytics");
            assertThat(started.attrs().text("status")).contains("Active");
            Event attended = engagement.of(new LeadId(b)).getFirst();
            assertThat(attended.type()).isEqualTo(EventType.WEBINAR_ATTENDED);
            assertThat(attended.at()).as("a date is the start of its day, UTC").isEqualTo(Instant.parse("2026-11-17T00:00:00Z"));
            assertThat(attended.attrs().text("campaign")).contains("Pipeline 101");
            assertThat(engagement.of(new LeadId(quiet))).as("a trial not started yet is no event").isEmpty();
        }
    }

    @Test
    void whereKeepsOnlyMatchingRowsAndItsOrStaysInsideItsParentheses() {
        String a = lead("A");
        String b = lead("B");
        Instant at = Instant.parse("2026-11-18T09:30:00Z");
        trial(a, Map.of("Started_At__c", at, "Status__c", "Active"));
        trial(a, Map.of("Started_At__c", at.plusSeconds(60), "Status__c", "Converted"));
        trial(b, Map.of("Started_At__c", at, "Status__c", "Cancelled"));
        trial(b, Map.of("Status__c", "Active"));
        Map<String, ?> entry = with(TRIALS, "where", "Status__c = 'Active' OR Status__c = 'Converted'");
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(entry))) {
            Engagement engagement = adapter.engagement().eventsFor(everyLead(adapter), SalesforceOrgFixture.NOW);

            assertThat(engagement.of(new LeadId(a))).extracting(e -> e.attrs().text("status").orElseThrow())
                    .containsExactlyInAnyOrder("Active", "Converted");
            assertThat(engagement.of(new LeadId(b))).as("cancelled, and active without a start").isEmpty();
        }
    }

    @Test
    void aRowWhoseTimeIsNotADateIsSkippedWithAWarningNamingItAndTheOthersAreKept() {
        String a = lead("A");
        String bad = trial(a, Map.of("Started_Text__c", "next tuesday", "Status__c", "Active"));
        trial(a, Map.of("Started_Text__c", "2026-11-18T09:30:00Z", "Status__c", "Active"));
        trial(a, Map.of("Started_Text__c", "2026-11-19", "Status__c", "Active"));
        Logger logger = (Logger) LoggerFactory.getLogger(SalesforceEngagementSource.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(with(TRIALS, "timeField", "Started_Text__c")))) {
            Engagement engagement = adapter.engagement().eventsFor(everyLead(adapter), SalesforceOrgFixture.NOW);

            assertThat(engagement.of(new LeadId(a))).extracting(Event::at).containsExactlyInAnyOrder(
                    Instant.parse("2026-11-18T09:30:00Z"), Instant.parse("2026-11-19T00:00:00Z"));
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "skipped Trial__c record " + bad + ": its Started_Text__c is neither a date nor a date-time");
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void leadFieldIdReadsTheConfiguredObjectItselfSoAWebLeadsCreationCanBeAFormSubmission() {
        String web = org.sandbox.admin().insert("Lead", Map.of("LastName", "W", "Company", "W", "LeadSource", "Web",
                "CreatedDate", Instant.parse("2026-11-16T08:00:00Z")));
        String phone = org.sandbox.admin().insert("Lead", Map.of("LastName", "P", "Company", "P", "LeadSource", "Phone Inquiry"));
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(Map.of("object", "Lead", "leadField", "Id",
                "timeField", "CreatedDate", "event", "FORM_SUBMITTED", "where", "LeadSource = 'Web'",
                "attributes", Map.of("form", "LeadSource"))))) {
            Engagement engagement = adapter.engagement().eventsFor(everyLead(adapter), SalesforceOrgFixture.NOW);

            assertThat(engagement.of(new LeadId(web))).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.FORM_SUBMITTED);
                assertThat(e.at()).isEqualTo(Instant.parse("2026-11-16T08:00:00Z"));
                assertThat(e.attrs().text("form")).contains("Web");
            });
            assertThat(engagement.of(new LeadId(phone))).isEmpty();
            assertThat(adapter.schema().check(new io.mqlsync.core.spi.SchemaRequirements(
                    io.mqlsync.core.planning.WriteBackConfig.defaults(), List.of(), List.of())).items())
                    .filteredOn(i -> i.name().startsWith("Lead.Id") || i.name().startsWith("Lead.CreatedDate")
                            || i.name().startsWith("Lead where"))
                    .extracting(io.mqlsync.core.spi.SchemaReport.Item::state)
                    .containsOnly(io.mqlsync.core.spi.SchemaReport.State.PRESENT).hasSize(3);
        }
    }

    /** {@code count} leads: the first and the last real ones of the org, the rest well-formed ids of no record. */
    private List<SourceLead> pageOf(int count, String first, String last) {
        List<String> ids = new ArrayList<>(List.of(first));
        for (int i = 1; i < count - 1; i++) {
            ids.add("00Q5g%010dAAA".formatted(i));
        }
        ids.add(last);
        return ids.stream().map(LeadId::new).map(id -> new SourceLead(new LeadRecord(id, Fields.empty()),
                new LeadSnapshot(id, CrmState.empty(), WrittenState.none()))).toList();
    }

    @Test
    void idsPastTheInListLimitAreSplitAndEachListCostsOneQueryPerObject() {
        String first = lead("First");
        String last = lead("Last");
        trial(first, Map.of("Started_At__c", Instant.parse("2026-11-18T09:30:00Z")));
        trial(last, Map.of("Started_At__c", Instant.parse("2026-11-18T09:30:00Z")));
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(TRIALS))) {
            long queriesBefore = org.sandbox.journal().calls(SoapOperation.QUERY);

            Engagement engagement = adapter.engagement().eventsFor(pageOf(4_500, first, last), SalesforceOrgFixture.NOW);

            // 20 characters and a comma per id: 4,285 fit in the 90,000 characters of one IN list, so two lists
            assertThat(org.sandbox.journal().calls(SoapOperation.QUERY) - queriesBefore).isEqualTo(2 * 3);
            assertThat(org.sandbox.journal().faults()).isEmpty();
            assertThat(engagement.of(new LeadId(first))).hasSize(1);
            assertThat(engagement.of(new LeadId(last))).hasSize(1);
        }
    }

    @Test
    void aLongWhereLeavesItsStatementFewerIdsSoNoStatementPassesSoqlsLimit() {
        String first = lead("First");
        String last = lead("Last");
        trial(first, Map.of("Started_At__c", Instant.parse("2026-11-18T09:30:00Z"), "Status__c", "Active"));
        trial(last, Map.of("Started_At__c", Instant.parse("2026-11-18T09:30:00Z"), "Status__c", "Active"));
        String where = "Status__c != '" + "x".repeat(EngagementSettings.MAX_WHERE_CHARS - 16) + "'";
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(with(TRIALS, "where", where)))) {
            long queriesBefore = org.sandbox.journal().calls(SoapOperation.QUERY);

            Engagement engagement = adapter.engagement().eventsFor(pageOf(4_285, first, last), SalesforceOrgFixture.NOW);

            // 4,285 ids fill one 90,000-character list; beside a 10,000-character where they take two statements
            assertThat(org.sandbox.journal().calls(SoapOperation.QUERY) - queriesBefore).as("CampaignMember, Task, 2 Trial__c")
                    .isEqualTo(4);
            assertThat(org.sandbox.journal().faults()).isEmpty();
            assertThat(engagement.of(new LeadId(first))).hasSize(1);
            assertThat(engagement.of(new LeadId(last))).hasSize(1);
        }
    }

    /**
     * A backfill of 1,000 records at pages of 200: 5 lead reads, and per page 1 CampaignMember and 1 Task query,
     * plus 1 per configured object: 15 calls without one (the engagement reading adds nothing), 20 with one.
     */
    @ParameterizedTest(name = "{0} engagement objects: {1} calls")
    @CsvSource({"0, 15", "1, 20"})
    void aBackfillOfAThousandRecordsCostsFivePagesOfReadsAndOneQueryPerObjectPerPage(int objects, long calls) {
        for (int i = 0; i < 1_000; i++) {
            trial(lead("L" + i), Map.of("Started_At__c", Instant.parse("2026-11-18T09:30:00Z")));
        }
        try (SalesforceAdapter adapter = org.openWithEngagement(objects == 0 ? List.of() : List.of(TRIALS))) {
            long before = org.sandbox.journal().totalCalls();
            int events = 0;
            Optional<Cursor> cursor = Optional.empty();
            LeadPage page;
            do {
                page = adapter.leads().all(cursor, Optional.empty(), 200);
                Engagement engagement = adapter.engagement().eventsFor(page.leads(), SalesforceOrgFixture.NOW);
                events += engagement.events().values().stream().mapToInt(List::size).sum();
                cursor = Optional.of(page.resumeAt());
            } while (page.hasMore());

            assertThat(org.sandbox.journal().totalCalls() - before).isEqualTo(calls);
            assertThat(events).isEqualTo(objects * 1_000);
        }
    }
}
