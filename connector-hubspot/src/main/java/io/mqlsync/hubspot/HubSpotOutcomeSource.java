package io.mqlsync.hubspot;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotDealsClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.mapping.DealMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deals associated with contacts: one associations batch read for the contacts (a page is far under
 * its 1,000 inputs), then the distinct deals in batch reads of 100. A deal of two asked contacts is read
 * once and listed for each; a contact without deals costs nothing beyond its place in the first call.
 * A deal gone between the two reads is left out. Not thread-safe (the engine's thread).
 */
final class HubSpotOutcomeSource implements OutcomeSource {
    private static final Logger LOG = LoggerFactory.getLogger(HubSpotOutcomeSource.class);

    private final HubSpotDealsClient client;

    HubSpotOutcomeSource(HubSpotDealsClient client) {
        this.client = client;
    }

    @Override
    public List<Deal> dealsOf(List<LeadId> leads) {
        List<String> contacts = leads.stream().map(LeadId::value).distinct().toList();
        List<Deal> deals = new ArrayList<>();
        for (int from = 0; from < contacts.size(); from += HubSpotDealsClient.ASSOCIATION_INPUTS) {
            deals.addAll(dealsOfContacts(contacts.subList(from, Math.min(contacts.size(), from + HubSpotDealsClient.ASSOCIATION_INPUTS))));
        }
        return deals;
    }

    private List<Deal> dealsOfContacts(List<String> contacts) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> dealIds = client.dealIdsOf(contacts);
        List<String> distinct = List.copyOf(dealIds.values().stream().flatMap(List::stream)
                .collect(LinkedHashSet<String>::new, Set::add, Set::addAll));
        Map<String, HubSpotObject> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += HubSpotClient.BATCH_LIMIT) {
            client.deals(distinct.subList(from, Math.min(distinct.size(), from + HubSpotClient.BATCH_LIMIT)), DealMapping.PROPERTIES)
                    .forEach(d -> found.put(d.id(), d));
        }
        List<Deal> deals = new ArrayList<>();
        dealIds.forEach((contact, ids) -> ids.forEach(id -> {
            Optional<HubSpotObject> deal = Optional.ofNullable(found.get(id));
            if (deal.isEmpty()) {
                LOG.debug("deal {} of contact {}: gone before it was read", id, contact);
                return;
            }
            Optional<Deal> mapped = DealMapping.toDeal(deal.get(), new LeadId(contact));
            if (mapped.isEmpty()) {
                LOG.warn("deal {}: has no readable createdate; left out", id);
            }
            mapped.ifPresent(deals::add);
        }));
        return deals;
    }
}
