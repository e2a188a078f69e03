package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.lifecycle.TestLifecycle;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever state a lead is in, writing its plan and planning again at the same instant writes nothing,
 * except at most one follow-up transition (an MQL whose lead status already meant "accepted" becomes SAL
 * on the next run); after that, nothing.
 */
class PlanIdempotencyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final LeadId LEAD = new LeadId("42");
    private static final ScoringModel MODEL = TestModels.thresholds(150, 25, 30, 100);
    private static final List<Decay> DECAYS = List.of(Decay.none(), new Decay.HalfLife(Duration.ofDays(30)),
            new Decay.Linear(Duration.ofDays(60)));

    @Property(tries = 300)
    void aPlanAppliedAndPlannedAgainIsEmpty(@ForAll("leads") LeadSnapshot snapshot, @ForAll("cards") DecayingCards cards) {
        WriteBackConfig writeBack = WriteBackConfig.defaults();
        RecordingCrm crm = new RecordingCrm(writeBack, snapshot);
        ChangePlanner planner = new ChangePlanner(new PlannerSettings("acme", writeBack, tasks(), TestLifecycle.config(),
                Optional.of(new OwnerId("N"))), new NextRescore(MODEL));
        Router router = router();

        crm.apply(plan(planner, router, crm.snapshot(), cards));
        LeadChange again = plan(planner, router, crm.snapshot(), cards);
        if (!again.isEmpty()) {
            assertThat(again.properties()).as("only a follow-up transition: %s after %s", again, snapshot)
                    .containsEntry("mql_status", "SAL");
            crm.apply(again);
            again = plan(planner, router, crm.snapshot(), cards);
        }

        assertThat(again.isEmpty()).as("%s after %s", again, snapshot).isTrue();
        assertThat(crm.tasks()).hasSizeLessThanOrEqualTo(1);
    }

    private static LeadChange plan(ChangePlanner planner, Router router, LeadSnapshot snapshot, CardSource cards) {
        LeadRecord record = new LeadRecord(LEAD, Fields.of(Map.of("country", "US")));
        Decision decision = new LifecyclePolicy(TestLifecycle.config()).decide(record, snapshot, cards, NOW);
        Optional<Assignment> assignment = decision.isHandoff()
                ? Optional.of(router.route(LEAD, record.fields(), snapshot.crm(), OpenMqls.none()))
                : Optional.empty();
        return planner.plan(new PlanRequest(record, snapshot, decision, assignment, List.of(), cards, NOW));
    }

    @Provide
    Arbitrary<LeadSnapshot> leads() {
        Arbitrary<MqlStatus> status = Arbitraries.of(MqlStatus.class);
        Arbitrary<Optional<Instant>> qualifiedAt = daysAgo(0, 30);
        Arbitrary<Optional<Instant>> recycledAt = daysAgo(0, 120);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 4);
        Arbitrary<Optional<ReasonCode>> lastReason = reason("timing", "no_budget", "competitor", "model", "sla_expired",
                "max_recycles");
        Arbitrary<Optional<ReasonCode>> input = reason("timing", "competitor", "lost_interest");
        Arbitrary<CrmState> crm = Combinators.combine(
                Arbitraries.of("NEW", "IN_PROGRESS", "UNQUALIFIED").optional(0.7),
                Arbitraries.of("lead", "marketingqualifiedlead", "opportunity", "subscriber").optional(0.7),
                Arbitraries.of("A", "OPS", "N", "Z").map(OwnerId::new).optional(0.7),
                Arbitraries.of(CrmState.Conversion.class))
                .as((ls, stage, owner, conversion) -> new CrmState(ls, stage, owner, Optional.empty(), conversion));
        return Combinators.combine(status, qualifiedAt, recycledAt, count, lastReason, input, crm)
                .as((s, q, r, c, last, in, state) -> new LeadSnapshot(LEAD, state, new WrittenState(s,
                        WrittenScores.none(), new LeadHistory(q, r, c, last), Optional.empty(), in)));
    }

    @Provide
    Arbitrary<DecayingCards> cards() {
        Arbitrary<double[]> event = Combinators.combine(Arbitraries.integers().between(0, 90),
                Arbitraries.integers().between(-30, 120), Arbitraries.integers().between(0, DECAYS.size() - 1))
                .as((days, points, decay) -> new double[] {days, points, decay});
        return Combinators.combine(Arbitraries.integers().between(0, 60), event.list().ofMaxSize(5))
                .as((fit, events) -> {
                    DecayingCards cards = new DecayingCards(MODEL, fit);
                    events.forEach(e -> cards.event(NOW.minus(Duration.ofDays((long) e[0])), e[1], DECAYS.get((int) e[2])));
                    return cards;
                });
    }

    private static Arbitrary<Optional<Instant>> daysAgo(int min, int max) {
        return Arbitraries.integers().between(min, max).map(d -> NOW.minus(Duration.ofDays(d))).optional(0.6);
    }

    private static Arbitrary<Optional<ReasonCode>> reason(String... codes) {
        return Arbitraries.of(codes).map(ReasonCode::new).optional(0.4);
    }

    private static Router router() {
        OwnerEmail alice = new OwnerEmail("alice@acme.com");
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(new OwnerEmail("ops@acme.com")),
                RoutingStrategy.ROUND_ROBIN, false, List.of(), List.of(alice));
        return new Router(config, Optional.of(new OwnerEmail("nurture@acme.com")), OwnerRoster.of(Map.of(alice,
                OwnerRoster.Entry.active("A"), new OwnerEmail("ops@acme.com"), OwnerRoster.Entry.active("OPS"),
                new OwnerEmail("nurture@acme.com"), OwnerRoster.Entry.active("N"))), new InMemoryRoundRobinPositions());
    }

    private static TasksConfig tasks() {
        return new TasksConfig(true, Duration.ofHours(4), Optional.empty(), TaskPriority.HIGH, SubjectTemplate.of("New MQL"));
    }
}
