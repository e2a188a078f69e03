package io.mqlsync.sandbox.hubspot;

import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticDeal;
import io.mqlsync.sandbox.data.SyntheticDealStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's deals and their contact associations: the seeded deals of the generated leads (derived on
 * demand, never stored: deal {@code SEEDED_BASE + index * max + ordinal} belongs to contact {@code index + 1}),
 * plus deals created, changed or deleted through the Java API. Serves the deals batch read and lists a
 * contact's deals for the v4 associations batch read ({@link ContactAssociations}). Thread-safe.
 */
final class DealBook {
    /** Where seeded deal ids start; far from contact and task ids, as deal ids are in a real portal. */
    static final long SEEDED_BASE = 20_000_000_000L;
    /** Where created deal ids start. */
    static final long CREATED_BASE = 30_000_000_000L;
    /** The association type id of contact → deal (HUBSPOT_DEFINED). */
    static final int CONTACT_TO_DEAL = 4;
    private static final RecordBatchRead READ = new RecordBatchRead("DEAL", List.of("dealname", "amount", "dealstage"),
            "createdate", "hs_lastmodifieddate");
    private static final int MAX_SEEDED = SyntheticCrm.maxDealsPerLead();
    private static final Set<String> CLOSED_STAGES = Set.of("closedwon", "closedlost");

    private final SyntheticCrm crm;
    private final HubSpotObjects contacts;
    private final Clock clock;
    private final Map<Long, Map<String, String>> written = new HashMap<>();
    private final Map<Long, List<Long>> createdOfContact = new HashMap<>();
    private final Set<Long> deleted = new LinkedHashSet<>();
    private long nextCreated = CREATED_BASE;

    DealBook(SyntheticCrm crm, HubSpotObjects contacts, Clock clock) {
        this.crm = crm;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Creates a deal associated with the contacts; {@code hs_is_closed(_won)} follow {@code dealstage}. */
    synchronized long create(Map<String, String> properties, List<Long> contactIds) {
        for (long contact : contactIds) {
            if (contacts.store().get(contact).isEmpty()) {
                throw new IllegalArgumentException("no contact " + contact);
            }
        }
        long id = nextCreated++;
        Map<String, String> values = new HashMap<>(properties);
        String now = HubSpotJson.timestamp(clock.instant());
        values.putIfAbsent("createdate", now);
        values.put("hs_lastmodifieddate", now);
        values.put("hs_object_id", String.valueOf(id));
        values.putIfAbsent("pipeline", "default");
        written.put(id, derive(values));
        contactIds.forEach(c -> createdOfContact.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        return id;
    }

    /** Changes a deal's properties, as a sales rep closing it would; the contacts are not touched. */
    synchronized void update(long id, Map<String, String> properties) {
        Map<String, String> values = new HashMap<>(find(id).orElseThrow(() -> new IllegalArgumentException("no deal " + id)));
        values.putAll(properties);
        values.put("hs_lastmodifieddate", HubSpotJson.timestamp(clock.instant()));
        written.put(id, derive(values));
    }

    /**
     * Deletes a deal but leaves its associations: what a read sees when the deal is deleted between the
     * associations read and the deals read.
     */
    synchronized void delete(long id) {
        deleted.add(id);
    }

    /** The ids of the contact's deals, seeded first; empty when none. */
    synchronized List<Long> dealsOf(long contactId) {
        List<Long> ids = new ArrayList<>();
        if (contactId >= 1 && contactId <= crm.contactCount()) {
            int index = (int) (contactId - 1);
            for (SyntheticDeal deal : crm.deals(index)) {
                ids.add(SEEDED_BASE + (long) index * MAX_SEEDED + deal.ordinal());
            }
        }
        ids.addAll(createdOfContact.getOrDefault(contactId, List.of()));
        return ids;
    }

    /** A deal's properties as stored now; empty when there is no such deal. */
    synchronized Optional<Map<String, String>> find(long id) {
        if (deleted.contains(id)) {
            return Optional.empty();
        }
        if (written.containsKey(id)) {
            return Optional.of(written.get(id));
        }
        return seeded(id).map(this::properties);
    }

    private Optional<SyntheticDeal> seeded(long id) {
        long offset = id - SEEDED_BASE;
        if (offset < 0 || offset >= (long) crm.contactCount() * MAX_SEEDED) {
            return Optional.empty();
        }
        List<SyntheticDeal> deals = crm.deals((int) (offset / MAX_SEEDED));
        int ordinal = (int) (offset % MAX_SEEDED);
        return ordinal < deals.size() ? Optional.of(deals.get(ordinal)) : Optional.empty();
    }

    private Map<String, String> properties(SyntheticDeal deal) {
        Map<String, String> values = new HashMap<>();
        long id = SEEDED_BASE + (long) deal.lead() * MAX_SEEDED + deal.ordinal();
        values.put("hs_object_id", String.valueOf(id));
        values.put("dealname", deal.name());
        values.put("pipeline", "default");
        values.put("dealstage", switch (deal.stage()) {
            case OPEN -> deal.ordinal() == 0 ? "qualifiedtobuy" : "presentationscheduled";
            case WON -> "closedwon";
            case LOST -> "closedlost";
        });
        deal.amount().map(BigDecimal::toPlainString).ifPresent(a -> values.put("amount", a));
        values.put("deal_currency_code", deal.currency());
        values.put("createdate", HubSpotJson.timestamp(deal.createdAt()));
        values.put("hs_lastmodifieddate", HubSpotJson.timestamp(deal.closedAt().orElse(deal.createdAt())));
        // an open deal carries the rep's expected close date, a closed one the day it closed
        values.put("closedate", HubSpotJson.timestamp(deal.closedAt().orElse(deal.createdAt().plus(Duration.ofDays(30)))));
        values.put("hs_is_closed", Boolean.toString(deal.stage() != SyntheticDealStage.OPEN));
        values.put("hs_is_closed_won", Boolean.toString(deal.stage() == SyntheticDealStage.WON));
        return values;
    }

    /** HubSpot computes these two from the stage. */
    private static Map<String, String> derive(Map<String, String> values) {
        String stage = values.getOrDefault("dealstage", "");
        values.put("hs_is_closed", Boolean.toString(CLOSED_STAGES.contains(stage)));
        values.put("hs_is_closed_won", Boolean.toString(stage.equals("closedwon")));
        return Map.copyOf(values);
    }

    /** What the associations batch read needs to list a contact's deals. */
    ContactAssociations.Target associationTarget() {
        return new ContactAssociations.Target(ContactAssociations.names("deals", "deal", "0-3"), "DEAL", "deals",
                CONTACT_TO_DEAL, this::dealsOf);
    }

    /** {@code POST /crm/v3/objects/deals/batch/read}: missing ids in a 207, as for contacts. */
    ApiResponse batchRead(ApiRequest request) {
        return READ.serve(request, this::find, clock.instant());
    }
}
