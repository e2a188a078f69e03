package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticDeal;
import io.mqlsync.sandbox.data.SyntheticDealStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's deals and their contact associations: the seeded deals of the generated leads (derived on
 * demand, never stored: deal {@code SEEDED_BASE + index * max + ordinal} belongs to contact {@code index + 1}),
 * plus deals created, changed or deleted through the Java API. Serves the v4 associations batch read
 * (contacts to deals) and the deals batch read. Thread-safe.
 */
final class DealBook {
    /** Where seeded deal ids start; far from contact and task ids, as deal ids are in a real portal. */
    static final long SEEDED_BASE = 20_000_000_000L;
    /** Where created deal ids start. */
    static final long CREATED_BASE = 30_000_000_000L;
    /** The association type id of contact → deal (HUBSPOT_DEFINED). */
    static final int CONTACT_TO_DEAL = 4;
    /** HubSpot's limit of inputs to an associations batch read. */
    static final int MAX_ASSOCIATION_INPUTS = 1_000;
    /** Associated objects per input per page; more come with a {@code paging.next.after}. */
    static final int ASSOCIATIONS_PER_PAGE = 500;
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

    /** {@code POST /crm/v4/associations/{from}/{to}/batch/read}: contacts to deals only. */
    ApiResponse readAssociations(ApiRequest request) {
        if (!type(request.pathParam(0)).equals("contact") || !type(request.pathParam(1)).equals("deal")) {
            throw HubSpotApiException.badRequest("this portal batch-reads associations from contacts to deals only");
        }
        JsonNode inputs = HubSpotJson.read(request.body()).path("inputs");
        if (!inputs.isArray()) {
            throw HubSpotApiException.badRequest("Invalid input JSON: inputs is required");
        }
        if (inputs.size() > MAX_ASSOCIATION_INPUTS) {
            throw HubSpotApiException.badRequest("Too many inputs: " + inputs.size() + ". The limit is "
                    + MAX_ASSOCIATION_INPUTS + " inputs per batch.");
        }
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        List<String> none = new ArrayList<>();
        for (JsonNode input : inputs) {
            String from = input.path("id").asText();
            List<Long> deals = parse(from).map(this::dealsOf).orElse(List.of());
            int after = afterOf(input);
            if (deals.size() <= after) {
                none.add(from);
                continue;
            }
            results.add(result(from, deals, after));
        }
        return noAssociations(results, none);
    }

    private static ObjectNode result(String from, List<Long> deals, int after) {
        ObjectNode result = HubSpotJson.object();
        result.putObject("from").put("id", from);
        ArrayNode to = result.putArray("to");
        int end = Math.min(deals.size(), after + ASSOCIATIONS_PER_PAGE);
        for (Long deal : deals.subList(after, end)) {
            ObjectNode target = to.addObject();
            target.put("toObjectId", String.valueOf(deal));
            target.putArray("associationTypes").addObject().put("category", "HUBSPOT_DEFINED").put("typeId", CONTACT_TO_DEAL);
        }
        if (end < deals.size()) {
            result.putObject("paging").putObject("next").put("after", String.valueOf(end));
        }
        return result;
    }

    /**
     * HubSpot answers inputs without associations with a 207 error each ({@code NO_ASSOCIATIONS_FOUND} in
     * the live API's {@code subCategory}, left out here: the spec types {@code subCategory} as an object).
     */
    private ApiResponse noAssociations(ArrayNode results, List<String> none) {
        ObjectNode body = HubSpotJson.batchEnvelope(results, clock.instant());
        if (none.isEmpty()) {
            return ApiResponse.ok(body);
        }
        body.put("numErrors", none.size());
        ArrayNode errors = body.putArray("errors");
        for (String id : none) {
            ObjectNode error = errors.addObject();
            error.put("status", "error");
            error.put("category", "OBJECT_NOT_FOUND");
            error.put("message", "No deals is associated with contact " + id + ".");
            ObjectNode context = error.putObject("context");
            context.putArray("fromObjectId").add(id);
            context.putArray("fromObjectType").add("CONTACT");
            context.putArray("toObjectType").add("DEAL");
            error.putArray("errors");
            error.putObject("links");
        }
        return ApiResponse.of(207, body);
    }

    /** {@code POST /crm/v3/objects/deals/batch/read}: missing ids in a 207, as for contacts. */
    ApiResponse batchRead(ApiRequest request) {
        JsonNode body = HubSpotJson.read(request.body());
        JsonNode inputs = body.path("inputs");
        if (!inputs.isArray()) {
            throw HubSpotApiException.badRequest("Invalid input JSON: inputs is required");
        }
        if (inputs.size() > HubSpotObjects.MAX_BATCH) {
            throw HubSpotApiException.badRequest("Too many inputs: " + inputs.size() + ". The limit is "
                    + HubSpotObjects.MAX_BATCH + " inputs per batch.");
        }
        List<String> properties = new ArrayList<>();
        body.path("properties").forEach(p -> properties.add(p.asText()));
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        Set<String> missing = new LinkedHashSet<>();
        for (JsonNode input : inputs) {
            String id = input.path("id").asText();
            parse(id).flatMap(this::find).ifPresentOrElse(values -> results.add(json(id, values, properties)),
                    () -> missing.add(id));
        }
        return HubSpotJson.batchWithMissing(results, missing, "Could not get some DEAL objects, they may be deleted"
                + " or not exist. Check that ids are valid.", clock.instant());
    }

    private static ObjectNode json(String id, Map<String, String> values, List<String> requested) {
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(requested.isEmpty() ? List.of("dealname", "amount", "dealstage") : requested);
        names.addAll(List.of("hs_object_id", "createdate", "hs_lastmodifieddate"));
        names.forEach(n -> shown.put(n, values.get(n)));
        ObjectNode json = HubSpotJson.object();
        json.put("id", id);
        ObjectNode properties = json.putObject("properties");
        // real responses carry null for a requested property the deal does not have
        shown.forEach((name, value) -> {
            if (value == null) {
                properties.putNull(name);
            } else {
                properties.put(name, value);
            }
        });
        json.put("createdAt", values.getOrDefault("createdate", ""));
        json.put("updatedAt", values.getOrDefault("hs_lastmodifieddate", ""));
        json.put("archived", false);
        return json;
    }

    private static int afterOf(JsonNode input) {
        String after = input.path("after").asText("0");
        try {
            return Math.max(0, Integer.parseInt(after.isEmpty() ? "0" : after));
        } catch (NumberFormatException e) {
            throw HubSpotApiException.badRequest("after must be a paging cursor from a previous response");
        }
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String type(String type) {
        return switch (type) {
            case "contacts", "contact", "0-1" -> "contact";
            case "deals", "deal", "0-3" -> "deal";
            default -> type;
        };
    }
}
