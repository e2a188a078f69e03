package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.PermanentCrmException;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The two reads behind a contact's deals: the v4 associations batch read (contacts to deals, at most
 * {@value #ASSOCIATION_INPUTS} contacts a call) and the deals batch read (at most
 * {@value HubSpotClient#BATCH_LIMIT} deals a call). Each request goes through the instance's
 * {@link CallPolicy} as a {@link CallKind#READ}. A 403 (the app lacks {@code crm.objects.deals.read})
 * is a {@link PermanentCrmException} here, not an authentication failure: outcomes are optional
 * evidence, and the engine carries on without them. Thread-safe.
 */
public final class HubSpotDealsClient {
    /** HubSpot's limit of inputs to an associations batch read. */
    public static final int ASSOCIATION_INPUTS = 1_000;

    private final HubSpotHttp http;
    private final CallPolicy calls;

    public HubSpotDealsClient(HubSpotHttp http, CallPolicy calls) {
        this.http = Objects.requireNonNull(http, "http");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /**
     * {@code POST /crm/v4/associations/contacts/deals/batch/read}: the deal ids of each contact, following
     * a contact's {@code paging.next.after} (more than 500 deals) with further calls for those contacts only.
     * A contact HubSpot reports an error for (no associations, no such contact) has none.
     *
     * @param contactIds at most {@value #ASSOCIATION_INPUTS}, each once
     * @return deal ids by contact, for contacts that have deals
     */
    public Map<String, List<String>> dealIdsOf(List<String> contactIds) {
        if (contactIds.size() > ASSOCIATION_INPUTS) {
            throw new IllegalArgumentException("at most " + ASSOCIATION_INPUTS + " contacts per associations read");
        }
        Map<String, Set<String>> deals = new LinkedHashMap<>();
        Map<String, Optional<String>> pending = new LinkedHashMap<>();
        for (String id : contactIds) {
            pending.put(id, Optional.empty());
        }
        HttpUrl url = http.url("crm/v4/associations/contacts/deals/batch/read").build();
        while (!pending.isEmpty()) {
            ObjectNode body = associationInputs(pending);
            JsonNode page = calls.call(CallKind.READ, "associations.batchRead",
                    () -> readable("associations.batchRead", http.post("associations.batchRead", url, body)));
            pending = new LinkedHashMap<>();
            for (JsonNode result : page.path("results")) {
                String from = result.path("from").path("id").asText();
                result.path("to").forEach(to -> deals.computeIfAbsent(from, k -> new LinkedHashSet<>())
                        .add(to.path("toObjectId").asText()));
                Optional<String> next = Replies.next(result);
                if (next.isPresent() && contactIds.contains(from)) {
                    pending.put(from, next);
                }
            }
        }
        Map<String, List<String>> byContact = new LinkedHashMap<>();
        deals.forEach((contact, ids) -> byContact.put(contact, List.copyOf(ids)));
        return byContact;
    }

    /**
     * {@code POST /crm/v3/objects/deals/batch/read}, at most {@value HubSpotClient#BATCH_LIMIT} ids; deals
     * HubSpot no longer has (a 207 naming them) are left out, the rest come back.
     */
    public List<HubSpotObject> deals(List<String> ids, List<String> properties) {
        if (ids.size() > HubSpotClient.BATCH_LIMIT) {
            throw new IllegalArgumentException("at most " + HubSpotClient.BATCH_LIMIT + " deals per batch read");
        }
        ObjectNode body = http.json().createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        ids.forEach(id -> inputs.addObject().put("id", id));
        ArrayNode props = body.putArray("properties");
        properties.forEach(props::add);
        body.putArray("propertiesWithHistory");
        HttpUrl url = http.url("crm/v3/objects/deals/batch/read").build();
        return calls.call(CallKind.READ, "deals.batchRead", () -> {
            List<HubSpotObject> found = new ArrayList<>();
            readable("deals.batchRead", http.post("deals.batchRead", url, body)).path("results")
                    .forEach(r -> found.add(HubSpotClient.object(r)));
            return found;
        });
    }

    private ObjectNode associationInputs(Map<String, Optional<String>> pending) {
        ObjectNode body = http.json().createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        pending.forEach((id, after) -> {
            ObjectNode input = inputs.addObject().put("id", id);
            after.ifPresent(a -> input.put("after", a));
        });
        return body;
    }

    private static JsonNode readable(String operation, HttpReply reply) {
        if (reply.status() == 403) {
            throw new PermanentCrmException(operation + ": HubSpot refused access (HTTP 403, " + reply.category()
                    + "); the app needs the scope crm.objects.deals.read to read outcomes");
        }
        return Replies.ok(operation, reply);
    }
}
