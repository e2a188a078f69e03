package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.CrmAuthException;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The objects of one {@link AssociatedType} (deals, meetings) associated with contacts, in two reads: the v4
 * associations batch read (at most {@value #ASSOCIATION_INPUTS} contacts a call) and the type's batch read (at
 * most {@value HubSpotClient#BATCH_LIMIT} objects a call). Each request goes through the instance's
 * {@link CallPolicy} as a {@link CallKind#READ}, named by the type ({@code associations.deals.batchRead} and
 * {@code deals.batchRead}, {@code associations.meetings.batchRead} and {@code meetings.batchRead}). A 403 (the app lacks the type's scope, or the tier the API) is a
 * {@link CrmAuthException} naming the scope; what it means is the caller's business (outcomes carry on without
 * deals, engagement falls back to aggregates). Thread-safe.
 */
public final class HubSpotAssociatedObjects {
    /** HubSpot's limit of inputs to an associations batch read. */
    public static final int ASSOCIATION_INPUTS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(HubSpotAssociatedObjects.class);

    private final HubSpotHttp http;
    private final CallPolicy calls;
    private final AssociatedType type;
    private final String readOperation;
    private final String associationsOperation;

    public HubSpotAssociatedObjects(HubSpotHttp http, CallPolicy calls, AssociatedType type) {
        this.http = Objects.requireNonNull(http, "http");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.type = Objects.requireNonNull(type, "type");
        this.readOperation = type.path() + ".batchRead";
        this.associationsOperation = "associations." + type.path() + ".batchRead";
    }

    /** The type read. */
    public AssociatedType type() {
        return type;
    }

    /**
     * Both reads for any number of contacts: their associations a thousand at a time, then each distinct object
     * once, a hundred a call (none when no contact has one). An object of two contacts is listed for each; one
     * gone between the two reads is left out.
     *
     * @param contactIds each once
     * @return the objects by contact, for contacts that have any, in the order HubSpot associates them
     */
    public Map<String, List<HubSpotObject>> of(List<String> contactIds, List<String> properties) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int from = 0; from < contactIds.size(); from += ASSOCIATION_INPUTS) {
            ids.putAll(idsOf(contactIds.subList(from, Math.min(contactIds.size(), from + ASSOCIATION_INPUTS))));
        }
        List<String> distinct = List.copyOf(ids.values().stream().flatMap(List::stream)
                .collect(LinkedHashSet<String>::new, Set::add, Set::addAll));
        Map<String, HubSpotObject> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += HubSpotClient.BATCH_LIMIT) {
            read(distinct.subList(from, Math.min(distinct.size(), from + HubSpotClient.BATCH_LIMIT)), properties)
                    .forEach(o -> found.put(o.id(), o));
        }
        Map<String, List<HubSpotObject>> byContact = new LinkedHashMap<>();
        ids.forEach((contact, objectIds) -> {
            List<HubSpotObject> objects = new ArrayList<>();
            for (String id : objectIds) {
                Optional.ofNullable(found.get(id)).ifPresentOrElse(objects::add,
                        () -> LOG.debug("{} {} of contact {}: gone before it was read", type.path(), id, contact));
            }
            byContact.put(contact, List.copyOf(objects));
        });
        return byContact;
    }

    /**
     * {@code POST /crm/v4/associations/contacts/{type}/batch/read}: the object ids of each contact, following a
     * contact's {@code paging.next.after} (more than 500) with further calls for those contacts only. A contact
     * HubSpot reports an error for (no associations, no such contact) has none.
     *
     * @param contactIds at most {@value #ASSOCIATION_INPUTS}, each once
     * @return object ids by contact, for contacts that have any
     */
    public Map<String, List<String>> idsOf(List<String> contactIds) {
        if (contactIds.size() > ASSOCIATION_INPUTS) {
            throw new IllegalArgumentException("at most " + ASSOCIATION_INPUTS + " contacts per associations read");
        }
        Set<String> asked = Set.copyOf(contactIds);
        Map<String, Set<String>> associated = new LinkedHashMap<>();
        Map<String, Optional<String>> pending = new LinkedHashMap<>();
        for (String id : contactIds) {
            pending.put(id, Optional.empty());
        }
        HttpUrl url = http.url("crm/v4/associations/contacts").addPathSegment(type.path()).addPathSegments("batch/read")
                .build();
        while (!pending.isEmpty()) {
            ObjectNode body = associationInputs(pending);
            JsonNode page = calls.call(CallKind.READ, associationsOperation,
                    () -> readable(associationsOperation, http.post(associationsOperation, url, body)));
            pending = new LinkedHashMap<>();
            for (JsonNode result : page.path("results")) {
                String from = result.path("from").path("id").asText();
                result.path("to").forEach(to -> associated.computeIfAbsent(from, k -> new LinkedHashSet<>())
                        .add(to.path("toObjectId").asText()));
                Optional<String> next = Replies.next(result);
                if (next.isPresent() && asked.contains(from)) {
                    pending.put(from, next);
                }
            }
        }
        Map<String, List<String>> byContact = new LinkedHashMap<>();
        associated.forEach((contact, ids) -> byContact.put(contact, List.copyOf(ids)));
        return byContact;
    }

    /**
     * {@code POST /crm/v3/objects/{type}/batch/read}, at most {@value HubSpotClient#BATCH_LIMIT} ids; objects
     * HubSpot no longer has (a 207 naming them) are left out, the rest come back.
     */
    public List<HubSpotObject> read(List<String> ids, List<String> properties) {
        if (ids.size() > HubSpotClient.BATCH_LIMIT) {
            throw new IllegalArgumentException("at most " + HubSpotClient.BATCH_LIMIT + " " + type.path()
                    + " per batch read");
        }
        ObjectNode body = http.json().createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        ids.forEach(id -> inputs.addObject().put("id", id));
        ArrayNode props = body.putArray("properties");
        properties.forEach(props::add);
        body.putArray("propertiesWithHistory");
        HttpUrl url = http.url("crm/v3/objects").addPathSegment(type.path()).addPathSegments("batch/read").build();
        return calls.call(CallKind.READ, readOperation, () -> {
            List<HubSpotObject> found = new ArrayList<>();
            readable(readOperation, http.post(readOperation, url, body)).path("results")
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

    private JsonNode readable(String operation, HttpReply reply) {
        if (reply.status() == 403) {
            throw new CrmAuthException(operation + ": HubSpot refused access (HTTP 403, " + reply.category()
                    + "); the app needs the scope " + type.scope() + " to read " + type.path());
        }
        return Replies.ok(operation, reply);
    }
}
