package io.mqlsync.core.simulation;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.TransitionRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-built scenario small enough to work out on paper: two models, five leads and their recorded
 * outcomes. The expected figures in the tests are derived in their comments.
 */
final class Scenario {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final Instant QUALIFIED = NOW.minus(Duration.ofDays(20));
    static final Instant EVENTS = NOW.minus(Duration.ofDays(25));

    /** Live: exec title 20, company of 100+ 10, demo request 50, pricing 10; MQL at score 50. */
    static final String LIVE = """
            name: live
            version: 3
            fit:
              rules:
                - { id: title-exec, points: 20, if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
                - { id: big-company, points: 10, if: { field: employees, gte: 100 } }
            intent:
              max: 150
              rules:
                - { id: demo, points: 50, event: { type: FORM_SUBMITTED, where: { field: form, matches: demo } } }
                - { id: pricing, points: 10, event: { type: PAGE_VIEWED } }
            qualify: { scoreMin: 50 }
            quadrants: { fitHigh: 20, intentHigh: 30 }
            """;

    /** Candidate: the company counts 20 and the demo request 30; same threshold. */
    static final String CANDIDATE = LIVE.replace("version: 3", "version: 4")
            .replace("big-company, points: 10", "big-company, points: 20")
            .replace("demo, points: 50", "demo, points: 30");

    private Scenario() {
    }

    static ScoringModel model(Path dir, String name, String yaml) {
        try {
            return new ModelLoader().load(Files.writeString(dir.resolve(name + ".yaml"), yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * l1 VP, 500 people, demo: live 80, candidate 70. l2 VP, 10 people, demo: 70 / 50. l3 analyst, 10 people,
     * demo: 50 / 30 (lost). l4 VP, 500 people, pricing: 40 / 50 (gained). l5 analyst, 500 people: 10 / 20.
     */
    static List<LeadRecord> leads() {
        return List.of(lead("l1", "VP Sales", 500, "google"), lead("l2", "VP Sales", 10, "linkedin"),
                lead("l3", "Analyst", 10, "google"), lead("l4", "VP Marketing", 500, "google"),
                lead("l5", "Analyst", 500, "google"));
    }

    static List<Event> eventsOf(LeadId lead) {
        return switch (lead.value()) {
            case "l1", "l2", "l3" -> List.of(new Event(EventType.FORM_SUBMITTED, EVENTS, Fields.of(Map.of("form", "demo-request"))));
            case "l4" -> List.of(Event.of(EventType.PAGE_VIEWED, EVENTS));
            default -> List.of();
        };
    }

    /**
     * l1 converted, l2 recycled for timing, l3 expired, l4 made SQL by sales without a handoff, l5 nothing;
     * l6 has a handoff but is not among the records.
     */
    static OutcomeHistory outcomes() {
        OutcomeHistory history = new OutcomeHistory();
        for (String lead : List.of("l1", "l2", "l3")) {
            history.add(transition(lead, MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));
        }
        history.add(transition("l6", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));
        history.add(transition("l2", MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED, "timing", days(2)));
        history.add(transition("l1", MqlStatus.MQL, MqlStatus.SQL, Transition.PROMOTED_SQL, null, days(3)));
        history.add(transition("l3", MqlStatus.MQL, MqlStatus.RECYCLED, Transition.EXPIRED, "sla_expired", days(14)));
        history.add(transition("l4", MqlStatus.NONE, MqlStatus.SQL, Transition.PROMOTED_SQL, null, days(15)));
        return history;
    }

    static Instant days(int afterQualified) {
        return QUALIFIED.plus(Duration.ofDays(afterQualified));
    }

    static TransitionRecord transition(String lead, MqlStatus from, MqlStatus to, Transition kind, String reason, Instant at) {
        return new TransitionRecord(new LeadId(lead), from, to, kind, Optional.ofNullable(reason).map(ReasonCode::new),
                0, 0, 0, Quadrant.PARK, Attribution.none(), "live@3", at);
    }

    private static LeadRecord lead(String id, String title, int employees, String source) {
        return new LeadRecord(new LeadId(id), Fields.of(Map.of("jobTitle", title, "employees", employees, "utm.source", source)));
    }
}
