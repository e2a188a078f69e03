package io.mqlsync.core.simulation;

import java.util.Objects;

/**
 * How one rule's contribution to a lead's score differs between the live and the candidate model.
 *
 * @param rule            the rule id
 * @param livePoints      what the rule added on the live card; 0 when it did not count
 * @param candidatePoints what it adds on the candidate card; 0 when it does not count
 */
public record RuleDelta(String rule, double livePoints, double candidatePoints) {
    public RuleDelta {
        Objects.requireNonNull(rule, "rule");
    }

    /** Candidate minus live: positive when the candidate gives the lead more for this rule. */
    public double delta() {
        return candidatePoints - livePoints;
    }
}
