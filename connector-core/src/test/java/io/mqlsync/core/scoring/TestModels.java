package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Builds models, leads and events in code for scorer tests, without going through YAML. */
final class TestModels {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private TestModels() {
    }

    static ScoringModel model(List<FitRule> fit, List<IntentRule> intent) {
        return model(new FitSection(-100, 100, fit), intentSection(intent, List.of()), thresholds(25, 30, 100));
    }

    static ScoringModel model(FitSection fit, IntentSection intent, Qualification qualify) {
        return new ScoringModel("test", 1, fit, intent, qualify, new QuadrantThresholds(25, 30));
    }

    static IntentSection intentSection(List<IntentRule> rules, List<SourceMultiplier> sources) {
        return new IntentSection(0, 150, Decay.none(), rules, sources);
    }

    static Qualification thresholds(double fitMin, double intentMin, double scoreMin) {
        return new Qualification(OptionalDouble.of(fitMin), OptionalDouble.of(intentMin), OptionalDouble.of(scoreMin),
                Optional.empty());
    }

    static FitRule fitRule(String id, double points, Condition condition) {
        return new FitRule(id, Optional.empty(), points, Optional.empty(), condition);
    }

    static FitRule fitRule(String id, String group, double points, Condition condition) {
        return new FitRule(id, Optional.of(group), points, Optional.empty(), condition);
    }

    /** A cumulative rule that counts once (cap = points) and does not decay. */
    static IntentRule intentRule(String id, double points, EventType type) {
        return new IntentRule(id, points, points, Optional.empty(), false,
                new EventPattern(Set.of(type), Optional.empty()), Optional.empty(), Decay.none());
    }

    static IntentRule withCap(IntentRule r, double cap) {
        return new IntentRule(r.id(), r.points(), cap, r.label(), r.handRaise(), r.event(), r.window(), r.decay());
    }

    static IntentRule withDecay(IntentRule r, Decay decay) {
        return new IntentRule(r.id(), r.points(), r.cap(), r.label(), r.handRaise(), r.event(), r.window(), decay);
    }

    static IntentRule withWindow(IntentRule r, int atLeast, Duration within) {
        return new IntentRule(r.id(), r.points(), r.cap(), r.label(), r.handRaise(), r.event(),
                Optional.of(new Window(atLeast, within)), r.decay());
    }

    static IntentRule withWhere(IntentRule r, Condition where) {
        return new IntentRule(r.id(), r.points(), r.cap(), r.label(), r.handRaise(),
                new EventPattern(r.event().types(), Optional.of(where)), r.window(), r.decay());
    }

    static IntentRule handRaise(IntentRule r) {
        return new IntentRule(r.id(), r.points(), r.cap(), r.label(), true, r.event(), r.window(), r.decay());
    }

    static LeadRecord lead(Object... keyValues) {
        return new LeadRecord(new LeadId("1"), Fields.of(map(keyValues)));
    }

    static Event event(EventType type, Instant at, Object... attrs) {
        return new Event(type, at, Fields.of(map(attrs)));
    }

    static Event daysAgo(double days, EventType type, Object... attrs) {
        return event(type, NOW.minusMillis((long) (days * 86_400_000L)), attrs);
    }

    static Condition.Equals eq(String field, Object value) {
        return new Condition.Equals(field, FieldValue.parse(value).orElseThrow());
    }

    static Condition.In in(String field, Object... values) {
        return new Condition.In(field,
                ValueSet.of(Arrays.stream(values).map(v -> FieldValue.parse(v).orElseThrow()).toList()),
                Optional.empty());
    }

    static Condition.OnField matches(String field, String regex) {
        return Condition.Matches.of(field, regex);
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
