package io.mqlsync.salesforce.mapping;

import com.sforce.ws.bind.XmlObject;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opportunities as {@link Deal}s, read through a parent relationship of the record a query returns
 * ({@code ConvertedOpportunity} of a Lead, {@code Opportunity} of an OpportunityContactRole). Won or lost
 * comes from {@code IsWon} and {@code IsClosed}, which the org's sales process sets for every stage however
 * it is named. A closed opportunity is dated by its {@code CloseDate} (a date: the start of that day, UTC),
 * an open one by {@code CreatedDate} (an open one's {@code CloseDate} is only expected).
 */
public final class OpportunityReader {
    private final String relationship;
    private final boolean currency;

    /**
     * @param relationship the parent relationship naming the opportunity
     * @param currency     whether the org has {@code CurrencyIsoCode} (multi-currency); a query naming it
     *                     in an org without it fails
     */
    public OpportunityReader(String relationship, boolean currency) {
        this.relationship = relationship;
        this.currency = currency;
    }

    /** The opportunity's fields to select, each under the relationship. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("IsClosed", "IsWon", "Amount", "CloseDate", "CreatedDate"));
        if (currency) {
            fields.add("CurrencyIsoCode");
        }
        return fields.stream().map(f -> relationship + "." + f).toList();
    }

    /**
     * @param record        the queried record holding the relationship
     * @param opportunityId the opportunity's id as the record names it
     * @return the deal of {@code lead}; empty when the record holds no readable opportunity (not visible to
     *         the integration user, or without a creation date)
     */
    public Optional<Deal> deal(XmlObject record, String opportunityId, LeadId lead) {
        if (record.getChild(relationship) == null) {
            return Optional.empty();
        }
        boolean closed = SObjectValues.isTrue(record, relationship + ".IsClosed");
        DealStage stage = SObjectValues.isTrue(record, relationship + ".IsWon") ? DealStage.WON
                : closed ? DealStage.LOST : DealStage.OPEN;
        Optional<Instant> created = SObjectValues.instant(record, relationship + ".CreatedDate");
        Optional<Instant> at = stage == DealStage.OPEN ? created
                : SObjectValues.dateAsInstant(record, relationship + ".CloseDate").or(() -> created);
        Optional<BigDecimal> amount = SObjectValues.text(record, relationship + ".Amount").flatMap(OpportunityReader::decimal);
        Optional<String> code = currency ? SObjectValues.text(record, relationship + ".CurrencyIsoCode") : Optional.empty();
        return at.map(when -> new Deal(opportunityId, lead, stage, amount, code, when));
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
