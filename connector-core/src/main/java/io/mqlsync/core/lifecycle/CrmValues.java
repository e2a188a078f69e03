package io.mqlsync.core.lifecycle;

import java.util.Objects;
import java.util.Optional;

/**
 * The CRM's own lifecycle values written on a transition ({@code lifecycle.onQualify}, {@code onRecycle},
 * {@code onDisqualify}); an empty value is left as the CRM holds it.
 *
 * @param lifecycleStage the {@code lifecycleStage} option (HubSpot {@code lifecyclestage})
 * @param leadStatus     the {@code leadStatus} option (HubSpot {@code hs_lead_status}, Salesforce {@code Status})
 */
public record CrmValues(Optional<String> lifecycleStage, Optional<String> leadStatus) {
    private static final CrmValues NONE = new CrmValues(Optional.empty(), Optional.empty());

    public CrmValues {
        Objects.requireNonNull(lifecycleStage, "lifecycleStage");
        Objects.requireNonNull(leadStatus, "leadStatus");
        if (lifecycleStage.filter(String::isBlank).isPresent() || leadStatus.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a CRM value must not be blank");
        }
    }

    /** Writes nothing. */
    public static CrmValues none() {
        return NONE;
    }

    public static CrmValues of(String lifecycleStage, String leadStatus) {
        return new CrmValues(Optional.ofNullable(lifecycleStage), Optional.ofNullable(leadStatus));
    }
}
