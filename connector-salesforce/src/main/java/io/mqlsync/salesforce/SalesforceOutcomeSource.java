package io.mqlsync.salesforce;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.LeadObject;
import io.mqlsync.salesforce.mapping.OpportunityReader;
import io.mqlsync.salesforce.mapping.SObjectValues;
import io.mqlsync.salesforce.mapping.Soql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opportunities of the scored records, one query per page with the ids in {@code IN (...)} lists (split only
 * past SOQL's length limit), each with its opportunity's fields through a parent relationship:
 * <ul>
 *   <li>{@code object: Lead}: a converted lead's {@code ConvertedOpportunity};</li>
 *   <li>{@code object: Contact}: the opportunities the contact has a role on ({@code OpportunityContactRole});
 *       one opportunity of two contacts is a deal of each.</li>
 * </ul>
 * {@code CurrencyIsoCode} is read only when the org has it (multi-currency), learnt from one
 * {@code describeSObject("Opportunity")} at the first read. Not thread-safe.
 */
final class SalesforceOutcomeSource implements OutcomeSource {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceOutcomeSource.class);

    private final SalesforceSession session;
    private final SoqlPages queries;
    private final LeadObject object;
    private Optional<OpportunityReader> reader = Optional.empty();

    SalesforceOutcomeSource(SalesforceSession session, LeadObject object) {
        this.session = session;
        this.queries = new SoqlPages(session);
        this.object = object;
    }

    @Override
    public List<Deal> dealsOf(List<LeadId> leads) {
        List<String> ids = leads.stream().map(LeadId::value).filter(Soql::isId).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        OpportunityReader opportunities = reader();
        String key = object.canConvert() ? "Id" : "ContactId";
        String opportunity = object.canConvert() ? "ConvertedOpportunityId" : "OpportunityId";
        String statement = "SELECT " + key + ", " + opportunity + ", " + String.join(", ", opportunities.fields())
                + (object.canConvert() ? " FROM Lead WHERE ConvertedOpportunityId != null AND Id IN (%s)"
                        : " FROM OpportunityContactRole WHERE ContactId IN (%s)");
        String operation = object.canConvert() ? "lead.opportunityQuery" : "opportunityContactRole.query";
        List<Deal> deals = new ArrayList<>();
        for (String in : Soql.inLists(ids, Soql.MAX_IN_LIST_CHARS)) {
            queries.each(operation, statement.formatted(in), r -> {
                Optional<String> lead = SObjectValues.text(r, key);
                Optional<String> id = SObjectValues.text(r, opportunity);
                if (lead.isEmpty() || id.isEmpty()) {
                    return;
                }
                Optional<Deal> deal = opportunities.deal(r, id.get(), new LeadId(lead.get()));
                if (deal.isEmpty()) {
                    LOG.debug("opportunity {} of {}: not readable; left out", id.get(), lead.get());
                }
                deal.ifPresent(deals::add);
            });
        }
        return deals;
    }

    private OpportunityReader reader() {
        if (reader.isEmpty()) {
            DescribeSObjectResult describe = session.call(CallKind.SCHEMA, "describeSObject",
                    c -> c.describeSObject("Opportunity"));
            boolean currency = Arrays.stream(describe.getFields()).map(Field::getName).anyMatch("CurrencyIsoCode"::equals);
            reader = Optional.of(new OpportunityReader(object.canConvert() ? "ConvertedOpportunity" : "Opportunity", currency));
        }
        return reader.get();
    }
}
