package io.mqlsync.core.simulation;

import io.mqlsync.core.model.LeadId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A lead that is an MQL under one model and not under the other, and why.
 *
 * @param lead           the lead
 * @param liveScore      its score under the live model
 * @param candidateScore its score under the candidate model
 * @param rules          the rules whose contribution differs, the ones pushing in the direction of the
 *                       change first, each group by size of the difference
 * @param gates          the gates the card that does not qualify fails (for a gained MQL the live card's,
 *                       for a lost one the candidate's): a changed threshold shows here even when no rule moved
 */
public record MqlChange(LeadId lead, double liveScore, double candidateScore, List<RuleDelta> rules, Set<Gate> gates) {
    public MqlChange {
        Objects.requireNonNull(lead, "lead");
        rules = List.copyOf(rules);
        gates = Set.copyOf(gates);
    }
}
