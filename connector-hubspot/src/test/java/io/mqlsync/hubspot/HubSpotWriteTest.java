package io.mqlsync.hubspot;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.spi.CrmOwner;
import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema setup, batch writes with per-record results, lifecycle clearing, owners and tasks, in the sandbox. */
class HubSpotWriteTest {
    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(300).owners(130).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(TestAdapter.GENEROUS));

    @BeforeAll
    static void setUp() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            hubspot.adapter.schema().apply(Reads.REQUIREMENTS);
        }
    }

    private static Map<String, String> contact(int id) {
        return HUBSPOT.sandbox().contact(id).orElseThrow();
    }

    @Test
    void setupIsIdempotentAndAddsMissingOptions() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            SchemaReport again = hubspot.adapter.schema().apply(Reads.REQUIREMENTS);
            assertThat(again.items()).allMatch(i -> i.state() == SchemaReport.State.PRESENT);
            assertThat(hubspot.calls("properties.create") + hubspot.calls("properties.createGroup")).isZero();

            SchemaRequirements more = new SchemaRequirements(WriteBackConfig.defaults(),
                    List.of(new ReasonCode("competitor"), new ReasonCode("timing"), new ReasonCode("no_budget"),
                            new ReasonCode("duplicate")), Reads.REQUIREMENTS.leadStatuses());
            assertThat(hubspot.adapter.schema().check(more).isComplete()).isFalse();
            SchemaReport added = hubspot.adapter.schema().apply(more);

            assertThat(added.items()).filteredOn(i -> i.name().equals("mql_rejection_reason"))
                    .singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(SchemaReport.State.CREATED));
            assertThat(hubspot.adapter.schema().check(more).isComplete()).isTrue();
        }
    }

    @Test
    void setupCreatedEveryPropertyOfTheDesignWithItsType() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            SchemaReport report = hubspot.adapter.schema().check(Reads.REQUIREMENTS);

            assertThat(report.isComplete()).isTrue();
            assertThat(report.items()).extracting(SchemaReport.Item::name).contains("group mqlsync", "mql_fit_score",
                    "mql_intent_score", "mql_score", "mql_status", "mql_quadrant", "mql_reasons", "mql_qualified_at",
                    "mql_recycled_at", "mql_recycle_count", "mql_last_rejection_reason", "mql_model",
                    "mql_next_rescore_at", "mql_rejection_reason", "hs_lead_status");
        }
    }

    @Test
    void aLeadStatusTheConfigUsesButThePortalLacksIsReported() {
        SchemaRequirements odd = new SchemaRequirements(WriteBackConfig.defaults(), Reads.REQUIREMENTS.reasons(),
                List.of("NEW", "HOT_LEAD"));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            SchemaReport report = hubspot.adapter.schema().check(odd);

            assertThat(report.items()).filteredOn(i -> i.name().equals("hs_lead_status")).singleElement()
                    .satisfies(i -> assertThat(i.detail()).contains("HOT_LEAD"));
        }
    }

    @Test
    void oneInvalidValueFailsOnlyItsOwnRecordWithHubSpotsMessage() {
        List<LeadChange> changes = new ArrayList<>();
        IntStream.rangeClosed(11, 30).forEach(i -> changes.add(Reads.set(Integer.toString(i), "mql_score", "55")));
        changes.set(7, Reads.set("18", "mql_status", "NOT_A_STATUS"));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            List<WriteResult> results = hubspot.adapter.sink().write(changes);

            assertThat(results).extracting(r -> r.lead().value())
                    .containsExactlyElementsOf(changes.stream().map(c -> c.lead().value()).toList());
            assertThat(results).filteredOn(r -> !r.isWritten()).singleElement().satisfies(r -> {
                assertThat(r.lead()).isEqualTo(new LeadId("18"));
                assertThat(r.failure().orElseThrow().message()).isNotBlank();
            });
            assertThat(contact(11)).containsEntry("mql_score", "55");
            assertThat(contact(30)).containsEntry("mql_score", "55");
            assertThat(contact(18).get("mql_status")).isNull();
            assertThat(hubspot.calls("contacts.batchUpdate")).isLessThanOrEqualTo(1 + 2 * 5);
        }
    }

    @ParameterizedTest(name = "{0} on a batch update is retried and the batch written")
    @EnumSource(value = FaultKind.class, names = {"SERVER_ERROR", "CONNECTION_RESET", "RATE_LIMITED", "MALFORMED_BODY"})
    void aTransientFaultOnABatchUpdateIsRetried(FaultKind kind) {
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("contacts.batchUpdate"), FaultTrigger.onNth(1),
                Fault.of(kind)));
        String value = Integer.toString(100 + kind.ordinal());
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.sink().write(List.of(Reads.set("95", "mql_score", value), Reads.set("96", "mql_score", value))))
                    .allMatch(WriteResult::isWritten);

            assertThat(hubspot.calls("contacts.batchUpdate")).isEqualTo(2);
        } finally {
            HUBSPOT.sandbox().faults().clear();
        }
        assertThat(contact(95)).containsEntry("mql_score", value);
        assertThat(contact(96)).containsEntry("mql_score", value);
    }

    @Test
    void aContactHubSpotDoesNotHaveFailsAloneInAPartialBatch() {
        List<LeadChange> changes = List.of(Reads.set("40", "mql_score", "12"), Reads.set("987654321", "mql_score", "12"));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            List<WriteResult> results = hubspot.adapter.sink().write(changes);

            assertThat(results.get(0).isWritten()).isTrue();
            assertThat(results.get(1).failure()).hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("OBJECT_NOT_FOUND"));
            assertThat(hubspot.calls("contacts.batchUpdate")).isEqualTo(1);
        }
    }

    @Test
    void aStageMovedBackwardsIsClearedFirstInASeparateRequest() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        sandbox.patchContactAsSalesRep(50, Map.of("lifecyclestage", "opportunity"));
        sandbox.patchContactAsSalesRep(51, Map.of("lifecyclestage", "opportunity"));
        LeadChange cleared = new LeadChange(new LeadId("50"), Map.of(CanonicalField.LIFECYCLE_STAGE, "lead",
                CanonicalField.LEAD_STATUS, "UNQUALIFIED"), Set.of(), Optional.empty(), Optional.empty(),
                LeadChange.StageMove.CLEAR_FIRST);
        LeadChange direct = new LeadChange(new LeadId("51"), Map.of(CanonicalField.LIFECYCLE_STAGE, "lead"), Set.of(),
                Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT);
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            assertThat(hubspot.adapter.sink().write(List.of(cleared, direct))).allMatch(WriteResult::isWritten);

            assertThat(contact(50)).containsEntry("lifecyclestage", "lead").containsEntry("hs_lead_status", "UNQUALIFIED");
            // HubSpot keeps a stage that a write tries to move backwards directly
            assertThat(contact(51)).containsEntry("lifecyclestage", "opportunity");
            assertThat(hubspot.calls("contacts.batchUpdate")).isEqualTo(2);
        }
    }

    @Test
    void theOwnerIsWrittenToHubspotOwnerIdAndClearedWithAnEmptyValue() {
        String owner = ownerIds().getFirst();
        LeadChange assign = new LeadChange(new LeadId("60"), Map.of(), Set.of(), Optional.of(new OwnerId(owner)),
                Optional.empty(), LeadChange.StageMove.DIRECT);
        LeadChange clear = new LeadChange(new LeadId("61"), Map.of(), Set.of(CanonicalField.OWNER_ID), Optional.empty(),
                Optional.empty(), LeadChange.StageMove.DIRECT);
        HUBSPOT.sandbox().patchContactAsSalesRep(61, Map.of("hubspot_owner_id", owner));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.sink().write(List.of(assign, clear))).allMatch(WriteResult::isWritten);
        }

        assertThat(contact(60)).containsEntry("hubspot_owner_id", owner);
        assertThat(contact(61).get("hubspot_owner_id")).isNull();
    }

    @Test
    void aHandoffTaskIsCreatedOnTheContactAndFoundAgainByItsKey() {
        String owner = ownerIds().getFirst();
        HandoffTask task = new HandoffTask("test:70:1", Optional.of(new OwnerId(owner)),
                Instant.parse("2026-11-20T16:00:00Z"), TaskPriority.HIGH, "New MQL: follow up", "Why: demo request");
        LeadChange change = new LeadChange(new LeadId("70"), Map.of("mql_status", "MQL"), Set.of(), Optional.empty(),
                Optional.of(task), LeadChange.StageMove.DIRECT);
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            WriteResult result = hubspot.adapter.sink().write(List.of(change)).getFirst();

            String taskId = result.taskId().orElseThrow();
            assertThat(HUBSPOT.sandbox().taskContacts(Long.parseLong(taskId))).containsExactly(70L);
            assertThat(hubspot.adapter.sink().findTask(new LeadId("70"), "test:70:1")).contains(taskId);
            assertThat(hubspot.adapter.sink().findTask(new LeadId("70"), "test:70:2")).isEmpty();
            assertThat(hubspot.adapter.sink().findTask(new LeadId("71"), "test:70:1")).isEmpty();
        }
    }

    @Test
    void aRepeatedTaskCreateAsksTheCrmFirstAndCreatesOneTask() {
        HUBSPOT.sandbox().faults().add(new FaultRule(RequestMatcher.operation("tasks.batchCreate"), FaultTrigger.onNth(1),
                Fault.of(FaultKind.CONNECTION_RESET)));
        HandoffTask task = new HandoffTask("test:90:1", Optional.empty(), Instant.parse("2026-11-20T16:00:00Z"),
                TaskPriority.HIGH, "New MQL", "body");
        LeadChange change = new LeadChange(new LeadId("90"), Map.of("mql_status", "MQL"), Set.of(), Optional.empty(),
                Optional.of(task), LeadChange.StageMove.DIRECT);
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            WriteResult result = hubspot.adapter.sink().write(List.of(change)).getFirst();

            assertThat(result.taskId()).isPresent();
            assertThat(hubspot.calls("tasks.batchCreate")).isEqualTo(2);
            assertThat(hubspot.calls("associations.list")).isEqualTo(1);
            assertThat(hubspot.adapter.sink().findTask(new LeadId("90"), "test:90:1")).isEqualTo(result.taskId());
        } finally {
            HUBSPOT.sandbox().faults().clear();
        }
    }

    @Test
    void aContactThatFailedGetsNoTask() {
        HandoffTask task = new HandoffTask("test:80:1", Optional.empty(), Instant.parse("2026-11-20T16:00:00Z"),
                TaskPriority.NORMAL, "New MQL", "body");
        LeadChange bad = new LeadChange(new LeadId("80"), Map.of("mql_status", "NOPE"), Set.of(), Optional.empty(),
                Optional.of(task), LeadChange.StageMove.DIRECT);
        long tasksBefore = HUBSPOT.sandbox().taskCount();
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.sink().write(List.of(bad)).getFirst().isWritten()).isFalse();
        }

        assertThat(HUBSPOT.sandbox().taskCount()).isEqualTo(tasksBefore);
    }

    @Test
    void ownersArePagedWithArchivedOnesInactiveAndTheQueueApart() {
        List<SyntheticOwner> seeded = HUBSPOT.sandbox().data().owners();
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            List<CrmOwner> owners = hubspot.adapter.owners().owners();

            assertThat(owners).hasSize(seeded.size());
            assertThat(owners).extracting(o -> o.id().value()).doesNotHaveDuplicates();
            assertThat(owners).filteredOn(o -> o.status() == OwnerRoster.Status.INACTIVE)
                    .hasSize((int) seeded.stream().filter(o -> !o.active()).count());
            assertThat(owners).filteredOn(o -> o.kind() == CrmOwner.Kind.QUEUE).hasSize(1);
            assertThat(owners).filteredOn(o -> o.kind() == CrmOwner.Kind.PERSON).allMatch(o -> o.email().isPresent());
            assertThat(hubspot.calls("owners.list")).isGreaterThanOrEqualTo(3);
        }
    }

    private static List<String> ownerIds() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            return hubspot.adapter.owners().owners().stream()
                    .filter(o -> o.status() == OwnerRoster.Status.ACTIVE && o.kind() == CrmOwner.Kind.PERSON)
                    .map(o -> o.id().value()).toList();
        }
    }
}
