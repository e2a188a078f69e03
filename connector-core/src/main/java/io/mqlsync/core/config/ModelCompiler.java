package io.mqlsync.core.config;

import io.mqlsync.core.config.ConditionCompiler.Scope;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.FitRule;
import io.mqlsync.core.scoring.FitSection;
import io.mqlsync.core.scoring.IntentSection;
import io.mqlsync.core.scoring.QuadrantThresholds;
import io.mqlsync.core.scoring.Qualification;
import io.mqlsync.core.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The semantic half of loading a model: turns a schema-checked document into a {@link ScoringModel},
 * applying the defaults of DESIGN section 5 and reporting every semantic problem. It tolerates nodes
 * of the wrong type (the schema check reported them) so that one pass finds everything. Not
 * thread-safe; one per document.
 */
final class ModelCompiler {
    private final NamedLists builtInLists;
    private final Findings findings;
    private final Scalars scalars;
    private final Map<String, String> ruleIds = new HashMap<>();

    ModelCompiler(NamedLists builtInLists, Findings findings) {
        this.builtInLists = builtInLists;
        this.findings = findings;
        this.scalars = new Scalars(findings);
    }

    /** @return the model, or empty when anything (here or in the schema check) was reported */
    Optional<ScoringModel> compile(ConfigNode root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        ConditionCompiler conditions = new ConditionCompiler(builtInLists.with(lists(root.child("lists"))), findings);
        Optional<String> name = scalars.nonBlank(root.child("name"));
        OptionalInt version = wholeNumber(root.child("version"));
        Optional<FitSection> fit = fit(root.child("fit"), conditions);
        Optional<IntentSection> intent = new IntentCompiler(conditions, findings, this::claimRuleId)
                .compile(root.child("intent"));
        ConfigNode qualifyNode = root.child("qualify");
        Optional<Qualification> qualify = qualification(qualifyNode, conditions);
        QuadrantThresholds quadrants = quadrants(root.child("quadrants"), qualifyNode);
        if (!findings.isEmpty() || name.isEmpty() || version.isEmpty() || fit.isEmpty() || intent.isEmpty()
                || qualify.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScoringModel(name.get(), version.getAsInt(), fit.get(), intent.get(), qualify.get(),
                quadrants));
    }

    private Map<String, List<FieldValue>> lists(ConfigNode node) {
        Map<String, List<FieldValue>> lists = new LinkedHashMap<>();
        ConditionCompiler reader = new ConditionCompiler(builtInLists, findings);
        for (String name : node.keys()) {
            ConfigNode list = node.child(name);
            if (list.value().isArray()) {
                lists.put(name, reader.values(list));
            }
        }
        return lists;
    }

    private Optional<FitSection> fit(ConfigNode node, ConditionCompiler conditions) {
        OptionalDouble min = scalars.finite(node.child("min"));
        OptionalDouble max = scalars.finite(node.child("max"));
        List<FitRule> rules = new ArrayList<>();
        List<ConfigNode> ruleNodes = node.child("rules").elements();
        for (int i = 0; i < ruleNodes.size(); i++) {
            fitRule(ruleNodes.get(i), "fit.rules[" + i + "]", conditions).ifPresent(rules::add);
        }
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            findings.add(node.child("min"), "must not exceed fit.max");
            return Optional.empty();
        }
        return Optional.of(new FitSection(min.orElse(Double.NEGATIVE_INFINITY), max.orElse(Double.POSITIVE_INFINITY),
                rules));
    }

    private Optional<FitRule> fitRule(ConfigNode rule, String where, ConditionCompiler conditions) {
        if (!rule.isObject()) {
            return Optional.empty();
        }
        Optional<String> id = claimRuleId(rule.child("id"), where);
        OptionalDouble points = scalars.finite(rule.child("points"));
        Optional<Condition> condition = conditions.compile(rule.child("if"), Scope.LEAD_FIELDS);
        if (id.isEmpty() || points.isEmpty() || condition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FitRule(id.get(), rule.child("group").text(), points.getAsDouble(),
                rule.child("label").text(), condition.get()));
    }

    /**
     * Records a rule id, reporting it when an earlier rule (fit or intent) has it already.
     *
     * @param where the rule's place, e.g. {@code fit.rules[2]}, named in the duplicate's message
     */
    private Optional<String> claimRuleId(ConfigNode idNode, String where) {
        Optional<String> id = scalars.nonBlank(idNode);
        if (id.isPresent()) {
            String first = ruleIds.putIfAbsent(id.get(), where);
            if (first != null) {
                findings.add(idNode, "duplicate rule id: " + first + " has it too");
                return Optional.empty();
            }
        }
        return id;
    }

    private Optional<Qualification> qualification(ConfigNode node, ConditionCompiler conditions) {
        ConfigNode disqualifyNode = node.child("disqualifyIf");
        Optional<Condition> disqualifyIf = conditions.compile(disqualifyNode, Scope.LEAD_FIELDS);
        if (disqualifyNode.isObject() && disqualifyIf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Qualification(scalars.finite(node.child("fitMin")),
                scalars.finite(node.child("intentMin")), scalars.finite(node.child("scoreMin")), disqualifyIf));
    }

    /** Quadrant boundaries default to the qualification thresholds, else 0. */
    private QuadrantThresholds quadrants(ConfigNode node, ConfigNode qualify) {
        double fitHigh = scalars.finite(node.child("fitHigh"))
                .orElse(qualify.child("fitMin").number().orElse(0.0));
        double intentHigh = scalars.finite(node.child("intentHigh"))
                .orElse(qualify.child("intentMin").number().orElse(0.0));
        return new QuadrantThresholds(fitHigh, intentHigh);
    }

    private OptionalInt wholeNumber(ConfigNode node) {
        OptionalInt value = node.integer();
        if (value.isEmpty() && node.value().isNumber() && node.value().asDouble() == Math.rint(node.value().asDouble())) {
            findings.add(node, "is too large");
        }
        return value;
    }

    /** Rule ids are unique across fit and intent; the intent compiler claims its ids through this. */
    @FunctionalInterface
    interface RuleIds {
        Optional<String> claim(ConfigNode idNode, String where);
    }
}
