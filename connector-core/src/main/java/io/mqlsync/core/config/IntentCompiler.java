package io.mqlsync.core.config;

import io.mqlsync.core.config.ConditionCompiler.Scope;
import io.mqlsync.core.config.DurationReader.Bound;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.EventPattern;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.IntentSection;
import io.mqlsync.core.scoring.SourceMultiplier;
import io.mqlsync.core.scoring.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Compiles the {@code intent} section of a model: rules with their event patterns, windows, caps and
 * effective decay, the source multipliers and the clamps (min 0 and no max by default). Not
 * thread-safe; part of one {@link ModelCompiler} run.
 */
final class IntentCompiler {
    private static final List<String> EVENT_TYPE_NAMES = Arrays.stream(EventType.values()).map(Enum::name).toList();

    private final ConditionCompiler conditions;
    private final Findings findings;
    private final ModelCompiler.RuleIds ruleIds;
    private final DecayCompiler decays;
    private final Scalars scalars;

    IntentCompiler(ConditionCompiler conditions, Findings findings, ModelCompiler.RuleIds ruleIds) {
        this.conditions = conditions;
        this.findings = findings;
        this.scalars = new Scalars(findings);
        this.ruleIds = ruleIds;
        this.decays = new DecayCompiler(findings);
    }

    Optional<IntentSection> compile(ConfigNode node) {
        ConfigNode decayNode = node.child("decay");
        Optional<Decay> modelDecay = decayNode.isPresent() ? decays.compile(decayNode) : Optional.of(Decay.none());
        List<IntentRule> rules = new ArrayList<>();
        List<ConfigNode> ruleNodes = node.child("rules").elements();
        for (int i = 0; i < ruleNodes.size(); i++) {
            rule(ruleNodes.get(i), "intent.rules[" + i + "]", modelDecay.orElse(Decay.none())).ifPresent(rules::add);
        }
        List<SourceMultiplier> sources = new ArrayList<>();
        for (ConfigNode source : node.child("sources").elements()) {
            source(source).ifPresent(sources::add);
        }
        Optional<double[]> clamps = clamps(node);
        if (modelDecay.isEmpty() || clamps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IntentSection(clamps.get()[0], clamps.get()[1], modelDecay.get(), rules, sources));
    }

    /** intent.min (default 0) and intent.max (default none), min not above max. */
    private Optional<double[]> clamps(ConfigNode node) {
        ConfigNode minNode = node.child("min");
        ConfigNode maxNode = node.child("max");
        double min = scalars.finite(minNode).orElse(0.0);
        double max = scalars.finite(maxNode).orElse(Double.POSITIVE_INFINITY);
        if (min > max) {
            if (minNode.isPresent()) {
                findings.add(minNode, "must not exceed intent.max");
            } else {
                findings.add(maxNode, "must not be below intent.min (0 when not given)");
            }
            return Optional.empty();
        }
        return Optional.of(new double[] {min, max});
    }

    private Optional<IntentRule> rule(ConfigNode rule, String where, Decay modelDecay) {
        if (!rule.isObject()) {
            return Optional.empty();
        }
        Optional<String> id = ruleIds.claim(rule.child("id"), where);
        OptionalDouble points = scalars.finite(rule.child("points"));
        OptionalDouble cap = cap(rule.child("max"), points);
        Optional<EventPattern> event = event(rule.child("event"));
        Optional<Optional<Window>> window = window(rule);
        ConfigNode decayNode = rule.child("decay");
        Optional<Decay> decay = decayNode.isPresent() ? decays.compile(decayNode) : Optional.of(modelDecay);
        if (id.isEmpty() || points.isEmpty() || cap.isEmpty() || event.isEmpty() || window.isEmpty()
                || decay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IntentRule(id.get(), points.getAsDouble(), cap.getAsDouble(), rule.child("label").text(),
                rule.child("handRaise").bool().orElse(false), event.get(), window.get(), decay.get()));
    }

    /** {@code max} defaults to points (the rule counts once) and must share their sign. */
    private OptionalDouble cap(ConfigNode maxNode, OptionalDouble points) {
        if (!maxNode.isPresent()) {
            return points;
        }
        OptionalDouble max = scalars.finite(maxNode);
        if (max.isEmpty() || points.isEmpty() || points.getAsDouble() == 0) {
            return max;
        }
        double p = points.getAsDouble();
        double m = max.getAsDouble();
        if (p > 0 && m <= 0) {
            findings.add(maxNode, "must be greater than 0, as points are positive (max caps what the rule adds)");
            return OptionalDouble.empty();
        }
        if (p < 0 && m >= 0) {
            findings.add(maxNode, "must be less than 0, as points are negative (max is then a floor)");
            return OptionalDouble.empty();
        }
        return max;
    }

    private Optional<EventPattern> event(ConfigNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        Optional<Set<EventType>> types = types(node.child("type"));
        ConfigNode whereNode = node.child("where");
        Optional<Condition> where = conditions.compile(whereNode, Scope.EVENT_ATTRIBUTES);
        if (types.isEmpty() || (whereNode.isPresent() && where.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new EventPattern(types.get(), where));
    }

    /** One type or a list of types. */
    private Optional<Set<EventType>> types(ConfigNode node) {
        List<ConfigNode> names = node.value().isArray() ? node.elements() : List.of(node);
        if (node.value().isArray() && names.isEmpty()) {
            findings.add(node, "must list at least one event type");
            return Optional.empty();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        boolean complete = true;
        for (ConfigNode name : names) {
            Optional<EventType> type = name.text().flatMap(n -> eventType(name, n.strip()));
            type.ifPresent(types::add);
            complete &= type.isPresent();
        }
        return complete ? Optional.of(types) : Optional.empty();
    }

    private Optional<EventType> eventType(ConfigNode node, String name) {
        Optional<EventType> type = EventType.byName(name);
        if (type.isEmpty()) {
            String hint = Suggestions.closest(name, EVENT_TYPE_NAMES).map(s -> " (did you mean " + s + "?)")
                    .orElse(" (expected one of " + String.join(", ", EVENT_TYPE_NAMES) + ")");
            findings.add(node, "unknown event type \"" + name + "\"" + hint);
        }
        return type;
    }

    /** @return empty on a problem; a present empty Optional when the rule has no window */
    private Optional<Optional<Window>> window(ConfigNode rule) {
        ConfigNode atLeastNode = rule.child("atLeast");
        ConfigNode withinNode = rule.child("within");
        if (atLeastNode.isPresent() && !withinNode.isPresent()) {
            findings.add(atLeastNode, "needs within (how close together the events must be, e.g. P7D)");
        }
        if (withinNode.isPresent() && !atLeastNode.isPresent()) {
            findings.add(withinNode, "needs atLeast (how many events must fall within it)");
        }
        Optional<Duration> within = DurationReader.read(withinNode, Bound.POSITIVE, findings);
        var atLeast = atLeastNode.integer().stream().filter(n -> n >= 1).boxed().findFirst();
        if (atLeast.isEmpty() && atLeastNode.value().isNumber() && atLeastNode.value().asDouble() >= 1
                && atLeastNode.value().asDouble() == Math.rint(atLeastNode.value().asDouble())) {
            findings.add(atLeastNode, "is too large");
        }
        if (!atLeastNode.isPresent() && !withinNode.isPresent()) {
            return Optional.of(Optional.empty());
        }
        if (within.isEmpty() || atLeast.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new Window(atLeast.get(), within.get())));
    }

    private Optional<SourceMultiplier> source(ConfigNode source) {
        Optional<Condition> condition = conditions.compile(source.child("if"), Scope.LEAD_FIELDS);
        OptionalDouble multiplier = scalars.finite(source.child("multiplier")).stream()
                .filter(m -> m >= 0).findFirst(); // negative: the schema reported it
        if (condition.isEmpty() || multiplier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceMultiplier(condition.get(), multiplier.getAsDouble()));
    }
}
