package io.mqlsync.sandbox.salesforce;

import java.util.Objects;

/**
 * One Lead Status of the fake org, as the {@code LeadStatus} object and the {@code Lead.Status} picklist show it.
 *
 * @param label the value written to {@code Lead.Status}
 * @param converted whether a converted lead gets this status
 */
public record LeadStatusValue(String label, boolean converted) {

    /** Checks the label. */
    public LeadStatusValue {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
    }
}
