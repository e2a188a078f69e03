package io.mqlsync.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The CRM's own lifecycle fields of a lead, as the adapter read them.
 *
 * @param leadStatus     {@code hs_lead_status} / {@code Status}, as the CRM's option value
 * @param lifecycleStage {@code lifecyclestage} (HubSpot; empty on Salesforce)
 * @param owner          the record's owner
 * @param accountOwner   the owner of the lead's company or account, when the CRM links one
 * @param conversion     whether the CRM converted the record (Salesforce {@code IsConverted}): counts as
 *                       SQL and the record itself is never written again
 */
public record CrmState(Optional<String> leadStatus, Optional<String> lifecycleStage, Optional<OwnerId> owner,
                       Optional<OwnerId> accountOwner, Conversion conversion) {
    public CrmState {
        Objects.requireNonNull(leadStatus, "leadStatus");
        Objects.requireNonNull(lifecycleStage, "lifecycleStage");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(accountOwner, "accountOwner");
        Objects.requireNonNull(conversion, "conversion");
    }

    /** A record with none of these fields set, not converted. */
    public static CrmState empty() {
        return new CrmState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Conversion.NOT_CONVERTED);
    }

    /**
     * The lead's fields with these CRM fields under their canonical names ({@code leadStatus},
     * {@code lifecycleStage}, {@code ownerId}), for the conditions of instance configs.
     */
    public Fields onto(Fields fields) {
        return fields.with(CanonicalField.LEAD_STATUS, leadStatus.orElse(""))
                .with(CanonicalField.LIFECYCLE_STAGE, lifecycleStage.orElse(""))
                .with(CanonicalField.OWNER_ID, owner.map(OwnerId::value).orElse(""));
    }

    /** Whether the CRM converted the record into something else (a Salesforce lead into a contact). */
    public enum Conversion {
        NOT_CONVERTED,
        CONVERTED
    }
}
