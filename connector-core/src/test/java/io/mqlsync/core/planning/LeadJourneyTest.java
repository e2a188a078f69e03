package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.lifecycle.TestLifecycle;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.routing.AssignWhen;
import io.mqlsync.core.routing.Assignment;
import io.mqlsync.core.routing.InMemoryRoundRobinPositions;
import io.mqlsync.core.routing.OpenMqls;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.routing.Router;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.routing.RoutingStrategy;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.EventPattern;
import io.mqlsync.core.scoring.FitRule;
import io.mqlsync.core.scoring.FitSection;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.IntentSection;
import io.mqlsync.core.scoring.QuadrantThresholds;
import io.mqlsync.core.scoring.Qualification;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.scoring.ScoringModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One lead through qualification, SLA expiry, cooldown, a hand-raise, sales rejections and
 * {@code maxRecycles}, with the real scorer and a CRM that holds what was written. After every step a
 * second plan at the same instant must be empty.
 */
class LeadJourneyTest {
    private static final Instant DAY0 = Instant.parse("2026-11-02T15:00:00Z");
    private static final LeadId LEAD = new LeadId("42");
    private static final LeadRecord RECORD = new LeadRecord(LEAD, Fields.of(Map.of("jobTitle", "VP Sales", "country", "US")));
    private static final Decay MONTH = new Decay.HalfLife(Duration.ofDays(30));
    private static final ScoringModel MODEL = new ScoringModel("journey", 2,
            new FitSection(-100, 100, List.of(new FitRule("title-exec", Optional.empty(), 30, Optional.empty(),
                    Condition.Matches.of("jobTitle", "\\bvp\\b")))),
            new IntentSection(0, 150, MONTH, List.of(
                    new IntentRule("demo", 50, 50, Optional.of("Requested a demo"), true,
                            new EventPattern(Set.of(EventType.FORM_SUBMITTED), Optional.empty()), Optional.empty(), MONTH),
                    new IntentRule("views", 10, 60, Optional.of("Page views"), false,
                            new EventPattern(Set.of(EventType.PAGE_VIEWED), Optional.empty()), Optional.empty(), MONTH)),
                    List.of()),
            new Qualification(OptionalDouble.of(25), OptionalDouble.of(30), OptionalDouble.of(70), Optional.empty()),
            new QuadrantThresholds(25, 30));

    private final Scorer scorer = new Scorer(MODEL);
    private final List<Event> events = new ArrayList<>();
    private final WriteBackConfig writeBack = WriteBackConfig.defaults();
    private final ChangePlanner planner = new ChangePlanner(new PlannerSettings("acme", writeBack,
            new TasksConfig(true, Duration.ofHours(4), Optional.empty(), TaskPriority.HIGH, SubjectTemplate.of("MQL {score}")),
            TestLifecycle.config(), Optional.of(new OwnerId("N"))), new NextRescore(MODEL));
    private final Router router = router();
    private final RecordingCrm crm = new RecordingCrm(writeBack, new LeadSnapshot(LEAD,
            new CrmState(Optional.of("OPEN"), Optional.of("lead"), Optional.empty(), Optional.empty(),
                    CrmState.Conversion.NOT_CONVERTED), WrittenState.none()));

    @Test
    void qualifiesExpiresCoolsDownRaisesAHandAndEndsDisqualifiedAfterMaxRecycles() {
        views(day(-1), 5);
        assertThat(run(day(0))).contains(Transition.QUALIFIED);
        assertThat(crm.get("mql_status")).contains("MQL");
        assertThat(crm.tasks()).extracting(HandoffTask::idempotencyKey).containsExactly("acme:42:1");
        assertThat(crm.get("mql_next_rescore_at")).as("decay changes the intent before the SLA ends")
                .hasValueSatisfying(at -> assertThat(Instant.parse(at)).isBefore(day(14)));

        assertThat(run(day(14))).contains(Transition.EXPIRED);
        assertThat(crm.get("mql_status")).contains("RECYCLED");
        assertThat(crm.get("mql_last_rejection_reason")).contains("sla_expired");
        assertThat(crm.get("mql_intent_score")).as("a recycle starts the intent afresh").contains("0");
        assertThat(crm.get("lifecycleStage")).contains("lead");
        assertThat(crm.snapshot().crm().owner()).contains(new OwnerId("N"));

        views(day(19), 6);
        assertThat(run(day(20))).as("qualifies again, but inside the cooldown").isEmpty();
        assertThat(crm.get("mql_status")).contains("RECYCLED");
        assertThat(crm.get("mql_next_rescore_at")).as("the end of the cooldown, unless decay comes first")
                .hasValueSatisfying(at -> assertThat(Instant.parse(at)).isBeforeOrEqualTo(day(44)));

        demo(day(25));
        assertThat(run(day(25))).as("a hand-raise skips the cooldown").contains(Transition.QUALIFIED);
        assertThat(crm.tasks()).extracting(HandoffTask::idempotencyKey).containsExactly("acme:42:1", "acme:42:2");

        rejectWith("timing", day(26));
        assertThat(crm.get("mql_recycle_count")).contains("2");
        assertThat(crm.get("mql_rejection_reason")).as("the input is cleared once handled").isEmpty();

        demo(day(27));
        assertThat(run(day(27))).contains(Transition.QUALIFIED);
        rejectWith("no_budget", day(28));
        assertThat(crm.get("mql_recycle_count")).contains("3");

        demo(day(29));
        assertThat(run(day(29))).contains(Transition.QUALIFIED);
        assertThat(crm.tasks()).extracting(HandoffTask::idempotencyKey).containsExactly("acme:42:1", "acme:42:2",
                "acme:42:3", "acme:42:4");
        crm.set("mql_rejection_reason", "timing");
        assertThat(run(day(30))).as("the recycle beyond maxRecycles").contains(Transition.DISQUALIFIED);
        assertThat(crm.get("mql_status")).contains("DISQUALIFIED");
        assertThat(crm.get("mql_last_rejection_reason")).contains("max_recycles");

        demo(day(31));
        assertThat(run(day(31))).as("terminal").isEmpty();
        assertThat(crm.get("mql_status")).contains("DISQUALIFIED");
        assertThat(crm.tasks()).hasSize(4);
    }

    private void rejectWith(String code, Instant at) {
        crm.set("mql_rejection_reason", code);
        assertThat(run(at)).contains(Transition.RECYCLED);
    }

    /** One sync of the lead at {@code now}; asserts that a second one at the same instant writes nothing. */
    private Optional<Transition> run(Instant now) {
        List<Event> known = List.copyOf(events);
        CardSource cards = (at, baseline) -> scorer.score(RECORD, known, at, baseline);
        Decision decision = new LifecyclePolicy(TestLifecycle.config()).decide(RECORD, crm.snapshot(), cards, now);
        crm.apply(plan(decision, cards, now));
        Decision again = new LifecyclePolicy(TestLifecycle.config()).decide(RECORD, crm.snapshot(), cards, now);
        assertThat(plan(again, cards, now).isEmpty()).as("a re-run at %s writes nothing", now).isTrue();
        return decision.transition();
    }

    private LeadChange plan(Decision decision, CardSource cards, Instant now) {
        LeadSnapshot snapshot = crm.snapshot();
        Optional<Assignment> assignment = decision.isHandoff()
                ? Optional.of(router.route(LEAD, RECORD.fields(), snapshot.crm(), OpenMqls.none()))
                : Optional.empty();
        return planner.plan(new PlanRequest(RECORD, snapshot, decision, assignment, events, cards, now));
    }

    private void views(Instant at, int count) {
        for (int i = 0; i < count; i++) {
            events.add(Event.of(EventType.PAGE_VIEWED, at.minus(Duration.ofHours(i))));
        }
    }

    private void demo(Instant at) {
        events.add(Event.of(EventType.FORM_SUBMITTED, at.minusSeconds(60)));
    }

    private static Instant day(int day) {
        return DAY0.plus(Duration.ofDays(day));
    }

    private static Router router() {
        OwnerEmail alice = new OwnerEmail("alice@acme.com");
        OwnerEmail bob = new OwnerEmail("bob@acme.com");
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(), RoutingStrategy.ROUND_ROBIN, false,
                List.of(), List.of(alice, bob));
        return new Router(config, Optional.of(new OwnerEmail("nurture@acme.com")), OwnerRoster.of(Map.of(
                alice, OwnerRoster.Entry.active("A"), bob, OwnerRoster.Entry.active("B"),
                new OwnerEmail("nurture@acme.com"), OwnerRoster.Entry.active("N"))), new InMemoryRoundRobinPositions());
    }
}
