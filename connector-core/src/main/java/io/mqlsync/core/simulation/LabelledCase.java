package io.mqlsync.core.simulation;

import io.mqlsync.core.model.LeadId;
import java.util.Map;
import java.util.Objects;

/**
 * One resolved case as calibration learns from it: which rules fired on the live model's card at the case's
 * moment, and whether it converted.
 *
 * @param lead      the lead
 * @param shares    per rule that fired, its contribution as a share of the rule's full weight, in (0, 1]
 *                  (less than 1 when decay took some of it); rules that did not fire are absent
 * @param converted whether the case became SQL or won
 */
public record LabelledCase(LeadId lead, Map<String, Double> shares, boolean converted) {
    public LabelledCase {
        Objects.requireNonNull(lead, "lead");
        shares = Map.copyOf(shares);
    }
}
