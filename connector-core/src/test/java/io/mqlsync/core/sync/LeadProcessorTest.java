package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.lifecycle.TestLifecycle;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.planning.ChangePlanner;
import io.mqlsync.core.planning.NextRescore;
import io.mqlsync.core.planning.PlannerSettings;
import io.mqlsync.core.planning.SubjectTemplate;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.planning.WriteBackConfig;
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
import io.mqlsync.core.spi.SourceLead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadProcessorTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final ScoringModel MODEL = new ScoringModel("t", 1,
            new FitSection(-100, 100, List.of(new FitRule("vp", Optional.empty(), 30, Optional.empty(),
                    Condition.Matches.of("jobTitle", "\\bvp\\b")))),
            new IntentSection(0, 150, Decay.none(), List.of(new IntentRule("demo", 50, 50, Optional.of("Requested a demo"),
                    true, new EventPattern(Set.of(EventType.FORM_SUBMITTED), Optional.empty()), Optional.empty(),
                    Decay.none())), List.of()),
            new Qualification(OptionalDouble.of(25), OptionalDouble.of(30), OptionalDouble.of(70), Optional.empty()),
            new QuadrantThresholds(25, 30));
    private static final OwnerEmail ALICE = new OwnerEmail("alice@acme.com");
    private static final OwnerEmail BOB = new OwnerEmail("bob@acme.com");

    private final InMemoryRoundRobinPositions positions = new InMemoryRoundRobinPositions();
    private final LeadProcessor processor = new LeadProcessor(new Scorer(MODEL), new LifecyclePolicy(TestLifecycle.config()),
            new Router(new RoutingConfig(AssignWhen.UNOWNED, List.of(), RoutingStrategy.ROUND_ROBIN, false, List.of(),
                    List.of(ALICE, BOB)), Optional.empty(), OwnerRoster.of(Map.of(ALICE, OwnerRoster.Entry.active("A"),
                    BOB, OwnerRoster.Entry.active("B"))), positions),
            new ChangePlanner(new PlannerSettings("acme", WriteBackConfig.defaults(), new TasksConfig(true,
                    Duration.ofHours(4), Optional.empty(), TaskPriority.HIGH, SubjectTemplate.of("New MQL {score}")),
                    TestLifecycle.config(), Optional.empty()), new NextRescore(MODEL)));

    @Test
    void aQualifyingLeadIsHandedToTheNextOwnerInTurnWithATask() {
        LeadOutcome first = processor.process(vpWithDemo("1"), demo(), NOW, OpenMqls.none(), PendingHandoffs.none());
        LeadOutcome second = processor.process(vpWithDemo("2"), demo(), NOW, OpenMqls.none(), PendingHandoffs.none());

        assertThat(first.decision().transition()).contains(Transition.QUALIFIED);
        assertThat(first.decision().status()).isEqualTo(MqlStatus.MQL);
        assertThat(first.change().newOwner()).contains(new OwnerId("A"));
        assertThat(second.change().newOwner()).contains(new OwnerId("B"));
        assertThat(first.change().task()).hasValueSatisfying(task -> {
            assertThat(task.idempotencyKey()).isEqualTo("acme:1:1");
            assertThat(task.owner()).contains(new OwnerId("A"));
            assertThat(task.due()).isEqualTo(NOW.plus(Duration.ofHours(4)));
        });
    }

    @Test
    void aHandoffBegunBeforeACrashKeepsItsOwnerAndTakesNoTurn() {
        PendingHandoffs crashed = (lead, qualification) ->
                lead.equals(new LeadId("1")) && qualification == 1 ? Optional.of(new OwnerId("B")) : Optional.empty();

        LeadOutcome resumed = processor.process(vpWithDemo("1"), demo(), NOW, OpenMqls.none(), crashed);
        LeadOutcome next = processor.process(vpWithDemo("2"), demo(), NOW, OpenMqls.none(), crashed);

        assertThat(resumed.assignment()).hasValueSatisfying(a -> assertThat(a.how()).isEqualTo(Assignment.How.RESUMED));
        assertThat(resumed.change().newOwner()).contains(new OwnerId("B"));
        assertThat(next.change().newOwner()).as("the turn was not taken by the resumed handoff").contains(new OwnerId("A"));
    }

    @Test
    void aLeadWithoutIntentIsScoredButNotHandedOff() {
        LeadOutcome outcome = processor.process(vpWithDemo("3"), List.of(), NOW, OpenMqls.none(), PendingHandoffs.none());

        assertThat(outcome.decision().transition()).isEmpty();
        assertThat(outcome.assignment()).isEmpty();
        assertThat(outcome.change().task()).isEmpty();
        assertThat(outcome.change().properties()).containsEntry("mql_fit_score", "30").containsEntry("mql_quadrant", "NURTURE")
                .as("an absent status already reads as NONE").doesNotContainKey("mql_status");
    }

    private static SourceLead vpWithDemo(String id) {
        LeadId lead = new LeadId(id);
        return new SourceLead(new LeadRecord(lead, Fields.of(Map.of("jobTitle", "VP Sales"))),
                new LeadSnapshot(lead, CrmState.empty(), WrittenState.none()));
    }

    private static List<Event> demo() {
        return List.of(Event.of(EventType.FORM_SUBMITTED, NOW.minusSeconds(3600)));
    }
}
