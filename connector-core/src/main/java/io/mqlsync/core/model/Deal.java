package io.mqlsync.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal or opportunity attached to a lead: the outcome after the handoff that the KPI report (SQL to
 * won, revenue from MQLs) and backtests read. A deal attached to several leads is one {@code Deal} per lead.
 *
 * @param id       the CRM's id of the deal or opportunity
 * @param lead     the lead it is attached to (HubSpot: an associated contact; Salesforce: the converted lead)
 * @param stage    open, won or lost
 * @param amount   its amount, when the CRM has one
 * @param currency the amount's ISO currency code, when the CRM says
 * @param at       when it reached {@code stage}: the close date of a closed deal, else its creation
 */
public record Deal(String id, LeadId lead, DealStage stage, Optional<BigDecimal> amount, Optional<String> currency,
                   Instant at) {
    public Deal {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a deal id must not be blank");
        }
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
    }

    /** Whether this is the same deal of the same lead, whatever its stage now. */
    public boolean sameDealAs(Deal other) {
        return id.equals(other.id) && lead.equals(other.lead);
    }
}
