package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.sandbox.salesforce.RecordErrorRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceLeadSinkTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture();

    @AfterEach
    void close() {
        org.close();
    }

    private String lead() {
        return org.sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
    }

    private static LeadChange scores(String id, String score) {
        return new LeadChange(new LeadId(id), Map.of("mql_score", score, "mql_status", "NONE"), Set.of(), Optional.empty(),
                Optional.empty(), LeadChange.StageMove.DIRECT);
    }

    private static HandoffTask task(String key, Optional<OwnerId> owner) {
        return new HandoffTask(key, owner, Instant.parse("2026-11-21T03:30:00Z"), TaskPriority.HIGH,
                "New MQL: Jane Doe (Acme), follow up within 4h", "Who: Jane Doe, VP Sales\nWhy: demo request");
    }

    private Object field(String id, String field) {
        return org.sandbox.admin().record(id).orElseThrow().get(field);
    }

    @Test
    void mixedSaveResultsFailOnlyTheRejectedRecordWithItsCodeAndMessage() {
        String a = lead();
        String b = lead();
        String c = lead();
        org.sandbox.admin().addRecordErrorRule(RecordErrorRule.validation("Score needs an approved owner")
                .withRecordIds(Set.of(b)));
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<WriteResult> results = adapter.sink().write(List.of(scores(a, "10"), scores(b, "20"), scores(c, "30")));

            assertThat(results).extracting(WriteResult::isWritten).containsExactly(true, false, true);
            assertThat(results.get(1).failure().orElseThrow().code()).isEqualTo("FIELD_CUSTOM_VALIDATION_EXCEPTION");
            assertThat(results.get(1).failure().orElseThrow().message()).contains("Score needs an approved owner");
        }
        assertThat(field(a, "MQL_Score__c").toString()).startsWith("10");
        assertThat(field(b, "MQL_Score__c")).isNull();
        assertThat(field(c, "MQL_Score__c").toString()).startsWith("30");
    }

    @Test
    void aLockedRowIsSentAgainAloneUntilItIsWritten() {
        String a = lead();
        String b = lead();
        org.sandbox.admin().addRecordErrorRule(RecordErrorRule.lockRow().withRecordIds(Set.of(b)).withTimes(2));
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<WriteResult> results = adapter.sink().write(List.of(scores(a, "10"), scores(b, "20")));

            assertThat(results).allMatch(WriteResult::isWritten);
        }
        assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE)).isEqualTo(3);
        assertThat(org.waits).hasSize(2);
        assertThat(field(b, "MQL_Score__c").toString()).startsWith("20");
    }

    @Test
    void aRowLockedThroughEveryAttemptEndsAsAFailedResult() {
        String a = lead();
        org.sandbox.admin().addRecordErrorRule(RecordErrorRule.lockRow().withRecordIds(Set.of(a)));
        try (SalesforceAdapter adapter = org.openLeads()) {
            WriteResult result = adapter.sink().write(List.of(scores(a, "10"))).getFirst();

            assertThat(result.failure().orElseThrow().code()).isEqualTo("UNABLE_TO_LOCK_ROW");
        }
        assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE)).isEqualTo(5);
    }

    @Test
    void clearedPropertiesGoToFieldsToNullAndStatusAndOwnerAreSet() {
        String owner = org.sandbox.admin().addUser("rep@acme.test", "Rep", "One", true);
        String id = org.sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme",
                "MQL_Rejection_Reason__c", "timing"));
        LeadChange change = new LeadChange(new LeadId(id), Map.of("leadStatus", "Working - Contacted", "mql_status", "RECYCLED"),
                Set.of("mql_rejection_reason"), Optional.of(new OwnerId(owner)), Optional.empty(), LeadChange.StageMove.DIRECT);
        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThat(adapter.sink().write(List.of(change))).allMatch(WriteResult::isWritten);
        }
        assertThat(field(id, "MQL_Rejection_Reason__c")).isNull();
        assertThat(field(id, "Status")).isEqualTo("Working - Contacted");
        assertThat(field(id, "OwnerId")).isEqualTo(owner);
        assertThat(field(id, "MQL_Status__c")).isEqualTo("RECYCLED");
    }

    @Test
    void updatesGoInCallsOfAtMostTwoHundredRecords() {
        List<LeadChange> changes = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            changes.add(scores(lead(), Integer.toString(i)));
        }
        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThat(adapter.sink().write(changes)).hasSize(450).allMatch(WriteResult::isWritten);
        }
        assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE)).isEqualTo(3);
    }

    @Test
    void theNextPageCanBeReadWhileThisOneIsWritten() throws Exception {
        List<LeadChange> changes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            changes.add(scores(lead(), Integer.toString(i)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (SalesforceAdapter adapter = org.openLeads()) {
            Future<List<WriteResult>> written = threads.submit(() -> adapter.sink().write(changes));
            Future<Integer> read = threads.submit(() -> {
                int n = 0;
                Optional<io.mqlsync.core.spi.Cursor> cursor = Optional.empty();
                while (true) {
                    io.mqlsync.core.spi.LeadPage page = adapter.leads().all(cursor, Optional.empty(), 200);
                    n += page.leads().size();
                    cursor = Optional.of(page.resumeAt());
                    if (!page.hasMore()) {
                        return n;
                    }
                }
            });

            assertThat(written.get(30, TimeUnit.SECONDS)).hasSize(600).allMatch(WriteResult::isWritten);
            assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(600);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aHandoffTaskCarriesItsOwnerDueDatePriorityAndKey() {
        String owner = org.sandbox.admin().addUser("rep@acme.test", "Rep", "One", true);
        String id = lead();
        LeadChange change = new LeadChange(new LeadId(id), Map.of("mql_status", "MQL"), Set.of(), Optional.of(new OwnerId(owner)),
                Optional.of(task("test:" + id + ":1", Optional.of(new OwnerId(owner)))), LeadChange.StageMove.DIRECT);
        try (SalesforceAdapter adapter = org.openLeads()) {
            WriteResult result = adapter.sink().write(List.of(change)).getFirst();

            assertThat(result.isWritten()).isTrue();
            Map<String, Object> task = org.sandbox.admin().record(result.taskId().orElseThrow()).orElseThrow();
            assertThat(task).containsEntry("WhoId", id).containsEntry("OwnerId", owner).containsEntry("Priority", "High")
                    .containsEntry("Status", "Not Started").containsEntry("Subject", "New MQL: Jane Doe (Acme), follow up within 4h");
            assertThat(task.get("ActivityDate").toString()).isEqualTo("2026-11-21");
            assertThat(task.get("Description").toString()).startsWith("Who: Jane Doe").contains("Due: 2026-11-21T03:30:00Z")
                    .endsWith("mqlsync-task-key: test:" + id + ":1");
        }
    }

    @Test
    void theActivityDateIsTheDueDayInTheBusinessHoursZone() {
        String id = lead();
        HandoffTask utc = task("test:" + id + ":1", Optional.empty());
        HandoffTask newYork = new HandoffTask(utc.idempotencyKey(), utc.owner(), utc.due(), utc.priority(), utc.subject(),
                utc.body(), java.time.ZoneId.of("America/New_York"));
        LeadChange change = new LeadChange(new LeadId(id), Map.of("mql_status", "MQL"), Set.of(), Optional.empty(),
                Optional.of(newYork), LeadChange.StageMove.DIRECT);
        try (SalesforceAdapter adapter = org.openLeads()) {
            WriteResult result = adapter.sink().write(List.of(change)).getFirst();

            Map<String, Object> task = org.sandbox.admin().record(result.taskId().orElseThrow()).orElseThrow();
            assertThat(task.get("ActivityDate").toString()).as("03:30 UTC is still the evening before in New York")
                    .isEqualTo("2026-11-20");
            assertThat(task.get("Description").toString()).contains("Due: 2026-11-21T03:30:00Z");
        }
    }

    @Test
    void afterACrashTheTaskIsFoundByItsKeyInsteadOfCreatedAgain() {
        String id = lead();
        String key = "test:" + id + ":1";
        org.sandbox.admin().addRecordErrorRule(RecordErrorRule.validation("Status blocked").withRecordIds(Set.of(id)));
        LeadChange change = new LeadChange(new LeadId(id), Map.of("mql_status", "MQL"), Set.of(), Optional.empty(),
                Optional.of(task(key, Optional.empty())), LeadChange.StageMove.DIRECT);
        String created;
        try (SalesforceAdapter adapter = org.openLeads()) {
            WriteResult result = adapter.sink().write(List.of(change)).getFirst();
            assertThat(result.isWritten()).isFalse();
            created = result.taskId().orElseThrow();
        }
        org.sandbox.admin().clearRules();

        try (SalesforceAdapter restarted = org.openLeads()) {
            assertThat(restarted.sink().findTask(new LeadId(id), key)).contains(created);
            assertThat(restarted.sink().findTask(new LeadId(id), "test:" + id + ":2")).isEmpty();
        }
        assertThat(org.sandbox.admin().records("Task")).hasSize(1);
    }

    @Test
    void aFailedTaskLeavesTheRecordUnwrittenSoTheTransitionIsPlannedAgain() {
        String id = lead();
        org.sandbox.admin().addRecordErrorRule(RecordErrorRule.of("INACTIVE_OWNER_OR_USER", "owner is inactive")
                .withOperation(SoapOperation.CREATE));
        LeadChange change = new LeadChange(new LeadId(id), Map.of("mql_status", "MQL"), Set.of(), Optional.empty(),
                Optional.of(task("k", Optional.empty())), LeadChange.StageMove.DIRECT);
        try (SalesforceAdapter adapter = org.openLeads()) {
            WriteResult result = adapter.sink().write(List.of(change)).getFirst();

            assertThat(result.failure().orElseThrow().code()).isEqualTo("INACTIVE_OWNER_OR_USER");
            assertThat(result.taskId()).isEmpty();
        }
        assertThat(field(id, "MQL_Status__c")).isNull();
        assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE)).isZero();
    }

    @Test
    void aConvertedLeadIsRefusedPerRecordNotForTheBatch() {
        String converted = lead();
        String open = lead();
        org.sandbox.admin().convertLead(converted);
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<WriteResult> results = adapter.sink().write(List.of(scores(converted, "1"), scores(open, "2")));

            assertThat(results.get(0).failure().orElseThrow().code()).isEqualTo("CANNOT_UPDATE_CONVERTED_LEAD");
            assertThat(results.get(1).isWritten()).isTrue();
        }
    }

    @Test
    void aPropertyWithoutAFieldFailsItsRecordWithoutACall() {
        String id = lead();
        LeadChange change = new LeadChange(new LeadId(id), Map.of("lifecycleStage", "marketingqualifiedlead"), Set.of(),
                Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT);
        try (SalesforceAdapter adapter = org.openLeads()) {
            WriteResult result = adapter.sink().write(List.of(change)).getFirst();

            assertThat(result.failure().orElseThrow().code()).isEqualTo(SalesforceLeadSink.UNMAPPED);
        }
        assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE)).isZero();
    }
}
