package io.mqlsync.core.state;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.Fields;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a lead came from, as the KPI report groups it.
 *
 * @param source   UTM source, else the CRM's original source
 * @param medium   UTM medium
 * @param campaign UTM campaign
 */
public record Attribution(Optional<String> source, Optional<String> medium, Optional<String> campaign) {
    private static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty(), Optional.empty());

    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(campaign, "campaign");
    }

    /** Nothing known. */
    public static Attribution none() {
        return NONE;
    }

    /** Reads {@code utm.source} (else {@code originalSource}), {@code utm.medium} and {@code utm.campaign}. */
    public static Attribution of(Fields fields) {
        Optional<String> source = fields.text(CanonicalField.UTM_SOURCE).or(() -> fields.text(CanonicalField.ORIGINAL_SOURCE));
        return new Attribution(source, fields.text(CanonicalField.UTM_MEDIUM), fields.text(CanonicalField.UTM_CAMPAIGN));
    }
}
