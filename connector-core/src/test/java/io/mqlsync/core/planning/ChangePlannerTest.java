package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.lifecycle.TestLifecycle;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.routing.AssignWhen;
import io.mqlsync.core.routing.Assignment;
import io.mqlsync.core.routing.InMemoryRoundRobinPositions;
import io.mqlsync.core.routing.OpenMqls;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.routing.Router;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.routing.RoutingStrategy;
import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.ScoringModel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangePlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z"); // Monday 10:00 in New York
    private static final LeadId LEAD = new LeadId("1001");
    private static final ScoringModel MODEL = TestModels.thresholds(150, 25, 30, 100);
    private static final Decay HALF_LIFE = new Decay.HalfLife(Duration.ofDays(30));
    private static final LeadRecord JANE = new LeadRecord(LEAD, Fields.of(Map.of("firstName", "Jane", "lastName", "Doe",
            "company", "Acme", "jobTitle", "VP Sales", "employees", 250, "utm.source", "google", "utm.medium", "cpc")));
    private static final TasksConfig TASKS = new TasksConfig(true, Duration.ofHours(4),
            Optional.of(new BusinessHours(ZoneId.of("America/New_York"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(9, 0), LocalTime.of(17, 0))),
            TaskPriority.HIGH, SubjectTemplate.of("New MQL: {firstName} {lastName} ({company}), follow up within {sla}"));

    private WriteBackConfig writeBack = WriteBackConfig.defaults();
    private Optional<OwnerId> nurture = Optional.of(new OwnerId("N"));
    private LifecycleConfig lifecycle = TestLifecycle.config();
    private final InMemoryRoundRobinPositions positions = new InMemoryRoundRobinPositions();

    @Test
    void aHandoffWritesStatusScoresCrmValuesOwnerAndOneTask() {
        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), crm("lead", "OPEN", Optional.empty())),
                qualifying(), NOW);

        assertThat(change.properties()).containsEntry("mql_status", "MQL")
                .containsEntry("mql_qualified_at", "2026-11-23T15:00:00Z")
                .containsEntry("mql_fit_score", "40").containsEntry("mql_intent_score", "80")
                .containsEntry("mql_score", "120").containsEntry("mql_quadrant", "ROUTE")
                .containsEntry("mql_model", "test@1")
                .containsEntry("leadStatus", "NEW").containsEntry("lifecycleStage", "marketingqualifiedlead")
                .containsKey("mql_reasons")
                .containsEntry("mql_next_rescore_at", "2026-12-07T15:00:00Z") // the SLA expiry
                .doesNotContainKeys("mql_recycle_count", "mql_recycled_at", "mql_rejection_reason");
        assertThat(change.stageMove()).isEqualTo(LeadChange.StageMove.DIRECT);
        assertThat(change.newOwner()).contains(new OwnerId("A"));
        HandoffTask task = change.task().orElseThrow();
        assertThat(task.idempotencyKey()).isEqualTo("acme:1001:1");
        assertThat(task.owner()).contains(new OwnerId("A"));
        assertThat(task.priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(task.due()).isEqualTo(Instant.parse("2026-11-23T19:00:00Z"));
        assertThat(task.dueZone()).as("the day a CRM keeps is read in the business-hours zone").isEqualTo(ZoneId.of("America/New_York"));
        assertThat(task.subject()).isEqualTo("New MQL: Jane Doe (Acme), follow up within 4 business hours");
        assertThat(task.body()).contains("Name: Jane Doe", "Title: VP Sales", "Size: 250 employees",
                "Score 120 (fit 40, intent 80), quadrant ROUTE", "UTM source: google",
                "Follow up within 4 business hours: due Mon 2026-11-23 14:00 EST.");
    }

    @Test
    void aRerunWithNothingNewWritesNothingAndCreatesNoSecondTask() {
        RecordingCrm crm = new RecordingCrm(writeBack,
                snapshot(MqlStatus.NONE, LeadHistory.none(), crm("lead", "OPEN", Optional.empty())));
        CardSource cards = qualifying();

        crm.apply(plan(crm.snapshot(), cards, NOW));
        LeadChange again = plan(crm.snapshot(), cards, NOW.plusSeconds(600));

        assertThat(again.isEmpty()).as("%s", again).isTrue();
        assertThat(crm.tasks()).hasSize(1);
    }

    @Test
    void aRerunAfterDecayWritesOnlyTheChangedScores() {
        DecayingCards cards = new DecayingCards(MODEL, 40).event(NOW.minus(Duration.ofDays(1)), 100, HALF_LIFE);
        RecordingCrm crm = new RecordingCrm(writeBack,
                snapshot(MqlStatus.NONE, LeadHistory.none(), crm("lead", "OPEN", Optional.empty())));
        crm.apply(plan(crm.snapshot(), cards, NOW));
        Instant rescoreAt = Instant.parse(crm.get("mql_next_rescore_at").orElseThrow());

        LeadChange decayed = plan(crm.snapshot(), cards, rescoreAt);

        assertThat(decayed.properties().keySet())
                .containsExactlyInAnyOrder("mql_intent_score", "mql_score", "mql_next_rescore_at");
        assertThat(decayed.cleared()).isEmpty();
        assertThat(decayed.newOwner()).isEmpty();
        assertThat(decayed.task()).isEmpty();
    }

    @Test
    void aRecycleClearsTheInputMovesTheStageBackAndHandsTheLeadToTheNurtureOwner() {
        LeadSnapshot mql = snapshot(MqlStatus.MQL, LeadHistory.none().qualified(NOW.minus(Duration.ofDays(2))),
                crm("marketingqualifiedlead", "NEW", Optional.of(new OwnerId("A"))), Optional.of(new ReasonCode("timing")));

        LeadChange change = plan(mql, qualifying(), NOW);

        assertThat(change.properties()).containsEntry("mql_status", "RECYCLED")
                .containsEntry("mql_recycled_at", "2026-11-23T15:00:00Z").containsEntry("mql_recycle_count", "1")
                .containsEntry("mql_last_rejection_reason", "timing")
                .containsEntry("leadStatus", "UNQUALIFIED").containsEntry("lifecycleStage", "lead")
                .containsEntry("mql_intent_score", "0");
        assertThat(change.cleared()).containsExactly("mql_rejection_reason");
        assertThat(change.stageMove()).isEqualTo(LeadChange.StageMove.CLEAR_FIRST);
        assertThat(change.newOwner()).contains(new OwnerId("N"));
        assertThat(change.task()).isEmpty();
    }

    @Test
    void aRecycleWithoutNurtureOwnerClearsTheOwner() {
        nurture = Optional.empty();
        LeadSnapshot mql = snapshot(MqlStatus.MQL, LeadHistory.none().qualified(NOW.minus(Duration.ofDays(20))),
                crm("marketingqualifiedlead", "NEW", Optional.of(new OwnerId("A"))));

        LeadChange change = plan(mql, qualifying(), NOW);

        assertThat(change.properties()).containsEntry("mql_status", "RECYCLED")
                .containsEntry("mql_last_rejection_reason", "sla_expired");
        assertThat(change.cleared()).containsExactly(CanonicalField.OWNER_ID);
        assertThat(change.newOwner()).isEmpty();
    }

    @Test
    void anSqlLeadGetsOnlyItsScoresOrNothingWhenConfigured() {
        LeadSnapshot sql = snapshot(MqlStatus.SQL, LeadHistory.none(), crm("opportunity", "OPEN", Optional.empty()),
                Optional.of(new ReasonCode("timing")));

        LeadChange scores = plan(sql, qualifying(), NOW);
        writeBack = new WriteBackConfig("mql_", false);
        LeadChange frozen = plan(sql, qualifying(), NOW);

        assertThat(scores.properties().keySet()).containsExactlyInAnyOrder("mql_fit_score", "mql_intent_score",
                "mql_score", "mql_quadrant", "mql_reasons", "mql_model");
        assertThat(scores.cleared()).isEmpty();
        assertThat(frozen.isEmpty()).isTrue();
    }

    @Test
    void aConvertedRecordIsNeverWritten() {
        CrmState converted = new CrmState(Optional.of("Qualified"), Optional.empty(), Optional.empty(), Optional.empty(),
                CrmState.Conversion.CONVERTED);

        assertThat(plan(snapshot(MqlStatus.MQL, LeadHistory.none(), converted), qualifying(), NOW).isEmpty()).isTrue();
    }

    @Test
    void propertyNamesCarryTheConfiguredPrefix() {
        writeBack = new WriteBackConfig("acme_", true);

        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), CrmState.empty()), qualifying(), NOW);

        assertThat(change.properties()).containsKeys("acme_status", "acme_score", "acme_fit_score")
                .doesNotContainKey("mql_score");
    }

    @Test
    void aModelDisqualificationWritesNoCrmValues() {
        CardSource disqualified = (at, baseline) -> card(40, 80, true, List.of());

        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), crm("lead", "OPEN", Optional.empty())),
                disqualified, NOW);

        assertThat(change.properties()).containsEntry("mql_status", "DISQUALIFIED")
                .containsEntry("mql_last_rejection_reason", "model")
                .doesNotContainKeys("leadStatus", "lifecycleStage");
        assertThat(change.properties().get("mql_reasons")).startsWith("Disqualified by the model");
    }

    @Test
    void aSalesDisqualificationWritesTheOnDisqualifyValuesAndKeepsTheOwner() {
        LifecycleConfig base = TestLifecycle.config();
        lifecycle = new LifecycleConfig(base.acceptedWhen(), base.sqlWhen(), base.onQualify(), base.onRecycle(),
                CrmValues.of("other", "UNQUALIFIED"), base.expireAfter(), base.cooldown(), base.maxRecycles(),
                base.nurtureOwner(), base.reasons(), base.stageOrder());
        LeadSnapshot sal = snapshot(MqlStatus.SAL, LeadHistory.none().qualified(NOW.minus(Duration.ofDays(2))),
                crm("marketingqualifiedlead", "IN_PROGRESS", Optional.of(new OwnerId("A"))),
                Optional.of(new ReasonCode("competitor")));

        LeadChange change = plan(sal, qualifying(), NOW);

        assertThat(change.properties()).containsEntry("mql_status", "DISQUALIFIED")
                .containsEntry("mql_last_rejection_reason", "competitor")
                .containsEntry("leadStatus", "UNQUALIFIED").containsEntry("lifecycleStage", "other");
        assertThat(change.stageMove()).isEqualTo(LeadChange.StageMove.DIRECT);
        assertThat(change.cleared()).containsExactly("mql_rejection_reason");
        assertThat(change.newOwner()).isEmpty();
    }

    @Test
    void qualifyingNeverMovesTheStageBackwards() {
        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), crm("evangelist", "OPEN", Optional.empty())),
                qualifying(), NOW);

        assertThat(change.properties()).containsEntry("mql_status", "MQL").containsEntry("leadStatus", "NEW")
                .doesNotContainKey("lifecycleStage");
        assertThat(change.stageMove()).isEqualTo(LeadChange.StageMove.DIRECT);
    }

    @Test
    void qualifyingKeepsALeadStatusThatAlreadyMeansAcceptedSoTheNextRunMakesItSal() {
        RecordingCrm crm = new RecordingCrm(writeBack,
                snapshot(MqlStatus.NONE, LeadHistory.none(), crm("lead", "IN_PROGRESS", Optional.of(new OwnerId("A")))));

        LeadChange qualify = plan(crm.snapshot(), qualifying(), NOW);
        crm.apply(qualify);
        LeadChange accept = plan(crm.snapshot(), qualifying(), NOW.plusSeconds(60));

        assertThat(qualify.properties()).containsEntry("mql_status", "MQL").doesNotContainKey("leadStatus");
        assertThat(accept.properties()).containsEntry("mql_status", "SAL");
    }

    @Test
    void disabledTasksCreateNoTaskButStillRoute() {
        TasksConfig off = new TasksConfig(false, TASKS.sla(), TASKS.businessHours(), TASKS.priority(), TASKS.subject());
        LeadSnapshot lead = snapshot(MqlStatus.NONE, LeadHistory.none(), CrmState.empty());
        Decision decision = new LifecyclePolicy(lifecycle).decide(JANE, lead, qualifying(), NOW);
        Optional<Assignment> assignment = Optional.of(router().route(LEAD, JANE.fields(), lead.crm(), OpenMqls.none()));

        LeadChange change = new ChangePlanner(new PlannerSettings("acme", writeBack, off, lifecycle, nurture),
                new NextRescore(MODEL)).plan(new PlanRequest(JANE, lead, decision, assignment, List.of(), qualifying(), NOW));

        assertThat(change.task()).isEmpty();
        assertThat(change.newOwner()).contains(new OwnerId("A"));
    }

    @Test
    void changesAndTasksPrintNoValues() {
        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), CrmState.empty()), qualifying(), NOW);

        assertThat(change.toString()).doesNotContain("Jane", "Doe", "Acme", "google");
        assertThat(change.task().orElseThrow().toString()).doesNotContain("Jane", "Doe", "Acme")
                .contains("acme:1001:1");
    }

    @Test
    void theNextRescoreOfAnMqlIsItsExpiryWhenNothingDecays() {
        LeadSnapshot mql = snapshot(MqlStatus.MQL, LeadHistory.none().qualified(NOW.minus(Duration.ofDays(2))),
                crm("marketingqualifiedlead", "NEW", Optional.of(new OwnerId("A"))));

        LeadChange change = plan(mql, qualifying(), NOW);

        assertThat(change.properties()).containsEntry("mql_next_rescore_at", "2026-12-05T15:00:00Z");
    }

    @Test
    void aNextRescoreThatNoLongerAppliesIsCleared() {
        LeadSnapshot written = new LeadSnapshot(LEAD, CrmState.empty(), new WrittenState(MqlStatus.NONE,
                WrittenScores.none(), LeadHistory.none(), Optional.of(NOW.minusSeconds(5)), Optional.empty()));

        LeadChange change = plan(written, (at, baseline) -> card(10, 5, false, List.of()), NOW);

        assertThat(change.cleared()).contains("mql_next_rescore_at");
    }

    @Test
    void scoresAreWrittenRoundedHalfUp() {
        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), CrmState.empty()),
                (at, baseline) -> card(40.5, 59.5, false, List.of()), NOW);

        assertThat(change.properties()).containsEntry("mql_fit_score", "41").containsEntry("mql_intent_score", "60")
                .containsEntry("mql_score", "100");
    }

    @Test
    void reasonsAreCappedToACrmSafeLength() {
        List<Contribution> wordy = IntStream.range(0, 8).mapToObj(i -> new Contribution("r" + i,
                Optional.of("label " + i + " " + "x".repeat(300)), RuleKind.INTENT, 20, 1, "e", false,
                Optional.of(NOW.minusSeconds(i)))).toList();

        LeadChange change = plan(snapshot(MqlStatus.NONE, LeadHistory.none(), CrmState.empty()),
                (at, baseline) -> card(40, 80, false, wordy), NOW);

        assertThat(change.properties().get("mql_reasons")).hasSizeLessThanOrEqualTo(ReasonsText.MAX_LENGTH)
                .startsWith("label 0").endsWith("…");
    }

    @Test
    void anUnassignedHandoffKeepsTheOwnerAndGivesItTheTask() {
        LeadSnapshot owned = snapshot(MqlStatus.NONE, LeadHistory.none(), crm("lead", "OPEN", Optional.of(new OwnerId("OPS"))));
        Decision decision = new LifecyclePolicy(TestLifecycle.config()).decide(JANE, owned, qualifying(), NOW);
        Assignment none = new Assignment(Optional.empty(), Assignment.How.UNASSIGNED, List.of("no owner"));

        LeadChange change = planner().plan(new PlanRequest(JANE, owned, decision, Optional.of(none), List.of(),
                qualifying(), NOW));

        assertThat(change.newOwner()).isEmpty();
        assertThat(change.task().orElseThrow().owner()).contains(new OwnerId("OPS"));
    }

    /** What the sync engine does for one lead: decide, route on a handoff, plan. */
    private LeadChange plan(LeadSnapshot snapshot, CardSource cards, Instant now) {
        Decision decision = new LifecyclePolicy(lifecycle).decide(JANE, snapshot, cards, now);
        Optional<Assignment> assignment = decision.isHandoff()
                ? Optional.of(router().route(LEAD, JANE.fields(), snapshot.crm(), OpenMqls.none()))
                : Optional.empty();
        return planner().plan(new PlanRequest(JANE, snapshot, decision, assignment, List.of(), cards, now));
    }

    private ChangePlanner planner() {
        return new ChangePlanner(new PlannerSettings("acme", writeBack, TASKS, lifecycle, nurture),
                new NextRescore(MODEL));
    }

    private Router router() {
        OwnerEmail alice = new OwnerEmail("alice@acme.com");
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(new OwnerEmail("ops@acme.com")),
                RoutingStrategy.ROUND_ROBIN, false, List.of(), List.of(alice));
        return new Router(config, Optional.empty(), OwnerRoster.of(Map.of(alice, OwnerRoster.Entry.active("A"),
                new OwnerEmail("ops@acme.com"), OwnerRoster.Entry.active("OPS"))), positions);
    }

    private static CardSource qualifying() {
        return new DecayingCards(MODEL, 40).event(NOW.minus(Duration.ofDays(1)), 80, Decay.none());
    }

    private static ScoreCard card(double fit, double intent, boolean disqualified, List<Contribution> contributions) {
        double score = fit + intent;
        return new ScoreCard("test@1", NOW, fit, intent, 1.0, score,
                !disqualified && MODEL.qualify().thresholdsMet(fit, intent, score), disqualified,
                MODEL.quadrants().quadrantOf(fit, intent), contributions);
    }

    private static CrmState crm(String stage, String status, Optional<OwnerId> owner) {
        return new CrmState(Optional.of(status), Optional.of(stage), owner, Optional.empty(),
                CrmState.Conversion.NOT_CONVERTED);
    }

    private static LeadSnapshot snapshot(MqlStatus status, LeadHistory history, CrmState crm) {
        return snapshot(status, history, crm, Optional.empty());
    }

    private static LeadSnapshot snapshot(MqlStatus status, LeadHistory history, CrmState crm,
                                         Optional<ReasonCode> input) {
        return new LeadSnapshot(LEAD, crm, new WrittenState(status, WrittenScores.none(), history, Optional.empty(), input));
    }

}
