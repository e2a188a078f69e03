package io.mqlsync.hubspot.mapping;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.hubspot.client.HubSpotObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HubSpot deals as {@link Deal}s. Won or lost comes from HubSpot's calculated {@code hs_is_closed_won}
 * and {@code hs_is_closed}, which hold for every pipeline however its stages are named; only when a
 * portal returns neither do the default pipeline's {@code closedwon}/{@code closedlost} stage ids decide.
 * A closed deal is dated by {@code closedate}, an open one by {@code createdate} (an open deal's
 * {@code closedate} is only the rep's expectation).
 */
public final class DealMapping {
    /** The deal properties read. */
    public static final List<String> PROPERTIES = List.of("dealstage", "amount", "deal_currency_code", "closedate",
            "hs_is_closed_won", "hs_is_closed", "createdate");

    private DealMapping() {
    }

    /**
     * @return the deal of {@code lead}; empty when HubSpot gave no usable date (a deal without
     *         {@code createdate} cannot be placed in time)
     */
    public static Optional<Deal> toDeal(HubSpotObject deal, LeadId lead) {
        DealStage stage = stage(deal);
        Optional<Instant> created = deal.property("createdate").flatMap(HubSpotValues::instant);
        Optional<Instant> at = stage == DealStage.OPEN ? created
                : deal.property("closedate").flatMap(HubSpotValues::instant).or(() -> created);
        Optional<BigDecimal> amount = deal.property("amount").flatMap(DealMapping::amount);
        Optional<String> currency = deal.property("deal_currency_code").map(c -> c.trim().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty());
        return at.map(when -> new Deal(deal.id(), lead, stage, amount, currency, when));
    }

    static DealStage stage(HubSpotObject deal) {
        Optional<Boolean> won = deal.property("hs_is_closed_won").map(Boolean::parseBoolean);
        Optional<Boolean> closed = deal.property("hs_is_closed").map(Boolean::parseBoolean);
        if (won.isPresent() || closed.isPresent()) {
            if (won.orElse(false)) {
                return DealStage.WON;
            }
            return closed.orElse(false) ? DealStage.LOST : DealStage.OPEN;
        }
        return switch (deal.property("dealstage").orElse("")) {
            case "closedwon" -> DealStage.WON;
            case "closedlost" -> DealStage.LOST;
            default -> DealStage.OPEN;
        };
    }

    /** Amounts are exact decimals; HubSpot may hold an empty string or junk, which is no amount. */
    private static Optional<BigDecimal> amount(String value) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
