package io.mqlsync.hubspot;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.hubspot.client.HubSpotAssociatedObjects;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.mapping.DealMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deals associated with contacts, through {@link HubSpotAssociatedObjects}: one associations batch read for
 * the contacts (a page is far under its 1,000 inputs), then the distinct deals in batch reads of 100. A deal of
 * two asked contacts is read once and listed for each; a contact without deals costs nothing beyond its place in
 * the first call. A deal gone between the two reads is left out. An app without the deals scope is a
 * {@link PermanentCrmException}: outcomes are optional evidence, and the engine carries on without them. Not
 * thread-safe (the engine's thread).
 */
final class HubSpotOutcomeSource implements OutcomeSource {
    private static final Logger LOG = LoggerFactory.getLogger(HubSpotOutcomeSource.class);

    private final HubSpotAssociatedObjects deals;

    HubSpotOutcomeSource(HubSpotAssociatedObjects deals) {
        this.deals = deals;
    }

    @Override
    public List<Deal> dealsOf(List<LeadId> leads) {
        List<String> contacts = leads.stream().map(LeadId::value).distinct().toList();
        Map<String, List<HubSpotObject>> found;
        try {
            found = deals.of(contacts, DealMapping.PROPERTIES);
        } catch (CrmAuthException e) {
            throw new PermanentCrmException(e.getMessage(), e);
        }
        List<Deal> mapped = new ArrayList<>();
        found.forEach((contact, objects) -> objects.forEach(deal -> {
            Optional<Deal> outcome = DealMapping.toDeal(deal, new LeadId(contact));
            if (outcome.isEmpty()) {
                LOG.warn("deal {}: has no readable createdate; left out", deal.id());
            }
            outcome.ifPresent(mapped::add);
        }));
        return mapped;
    }
}
