package io.mqlsync.app.calibrate;

import io.mqlsync.core.model.RuleKind;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outcomes say about one rule, and the points calibration suggests for it.
 *
 * @param rule            the rule id
 * @param kind            fit or intent
 * @param fired           resolved cases where the rule fired
 * @param convertedFired  of those, how many converted
 * @param notFired        resolved cases where it did not fire
 * @param convertedNotFired of those, how many converted
 * @param coefficient     the regression's change in log-odds for the rule's full contribution; empty when the
 *                        rule never fired
 * @param points          its points now
 * @param suggestedPoints the points suggested (the same as now when the evidence is too thin)
 * @param suggestedMax    for an intent rule with a cap other than its points, the cap suggested with them
 * @param verdict         why the suggestion is what it is
 */
public record RuleEvidence(String rule, RuleKind kind, long fired, long convertedFired, long notFired,
                           long convertedNotFired, Optional<Double> coefficient, double points, double suggestedPoints,
                           Optional<Double> suggestedMax, Verdict verdict) {
    public RuleEvidence {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(suggestedMax, "suggestedMax");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The conversion rate of the cases where the rule fired; empty when it never did. */
    public Optional<Double> rateFired() {
        return fired == 0 ? Optional.empty() : Optional.of((double) convertedFired / fired);
    }

    /** The conversion rate of the cases where it did not fire; empty when it always did. */
    public Optional<Double> rateNotFired() {
        return notFired == 0 ? Optional.empty() : Optional.of((double) convertedNotFired / notFired);
    }

    /** Why a rule gets the points it gets. */
    public enum Verdict {
        /** Points taken from the regression. */
        SUGGESTED,
        /** Kept: the rule fired on too few resolved cases to learn from. */
        TOO_FEW_FIRED,
        /** Kept: the rule fired on every case, so its effect cannot be told from the baseline. */
        ALWAYS_FIRED
    }
}
