package io.mqlsync.core.simulation;

import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.scoring.FitRule;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The most one rule can add to a score: a fit rule's points, an intent rule's cap ({@code max}, which is its
 * points unless the rule counts several events). Calibration reads contributions as shares of it.
 *
 * @param rule   the rule id
 * @param kind   fit or intent
 * @param points the rule's points (per event for an intent rule)
 * @param weight its full contribution: the points, or the cap of an intent rule
 */
public record RuleWeight(String rule, RuleKind kind, double points, double weight) {
    public RuleWeight {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
    }

    /** Every rule of {@code model}, fit rules first, each in model order. */
    public static List<RuleWeight> of(ScoringModel model) {
        List<RuleWeight> weights = new ArrayList<>();
        for (FitRule rule : model.fit().rules()) {
            weights.add(new RuleWeight(rule.id(), RuleKind.FIT, rule.points(), rule.points()));
        }
        for (IntentRule rule : model.intent().rules()) {
            weights.add(new RuleWeight(rule.id(), RuleKind.INTENT, rule.points(), rule.cap()));
        }
        return List.copyOf(weights);
    }
}
