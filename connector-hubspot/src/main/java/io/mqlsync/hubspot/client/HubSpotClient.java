package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.sync.BatchOutcome;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.mqlsync.hubspot.client.Replies.next;
import static io.mqlsync.hubspot.client.Replies.ok;
import static io.mqlsync.hubspot.client.Replies.text;

/**
 * HubSpot's CRM object endpoints mqlsync uses (contacts, tasks, associations, owners), typed. Every method
 * makes one logical request through the instance's {@link CallPolicy} (which may repeat it), and spends
 * exactly one HubSpot API call per attempt. Thread-safe.
 */
public final class HubSpotClient {
    // HubSpot lists each invalid value as JSON inside the message: {..."error":"PROPERTY_DOESNT_EXIST","name":"mql_score"...}
    private static final Pattern MISSING_PROPERTY =
            Pattern.compile("\"error\"\\s*:\\s*\"PROPERTY_DOESNT_EXIST\"\\s*,\\s*\"name\"\\s*:\\s*\"([A-Za-z0-9_]+)\"");

    /** HubSpot's limit for batch read, update and create inputs. */
    public static final int BATCH_LIMIT = 100;
    /** The association type of a task to its contact (HUBSPOT_DEFINED). */
    public static final int TASK_TO_CONTACT = 204;

    private final HubSpotHttp http;
    private final CallPolicy calls;

    public HubSpotClient(HubSpotHttp http, CallPolicy calls) {
        this.http = Objects.requireNonNull(http, "http");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** {@code POST /crm/v3/objects/{type}/search}. */
    public ObjectPage search(String objectType, SearchQuery query) {
        ObjectNode body = http.json().createObjectNode();
        ArrayNode groups = body.putArray("filterGroups");
        for (List<SearchFilter> group : query.groups()) {
            ArrayNode filters = groups.addObject().putArray("filters");
            group.forEach(f -> filters.addObject().put("propertyName", f.property()).put("operator", f.operator())
                    .put("value", f.value()));
        }
        body.putArray("sorts").add(query.sortBy());
        ArrayNode properties = body.putArray("properties");
        query.properties().forEach(properties::add);
        body.put("limit", query.limit());
        body.put("after", query.after());
        String operation = objectType + ".search";
        HttpUrl url = http.url("crm/v3/objects/" + objectType + "/search").build();
        return calls.call(CallKind.SEARCH, operation, () -> page(ok(operation, http.post(operation, url, body))));
    }

    /** {@code GET /crm/v3/objects/contacts}: every contact in id order, for a backfill. */
    public ObjectPage listContacts(List<String> properties, int limit, Optional<String> after) {
        HttpUrl.Builder url = http.url("crm/v3/objects/contacts")
                .addQueryParameter("limit", Integer.toString(Math.min(limit, BATCH_LIMIT)))
                .addQueryParameter("properties", String.join(",", properties))
                .addQueryParameter("archived", "false");
        after.ifPresent(a -> url.addQueryParameter("after", a));
        return calls.call(CallKind.READ, "contacts.list", () -> page(ok("contacts.list", http.get("contacts.list", url.build()))));
    }

    /** {@code GET /crm/v3/objects/contacts/{id}}; empty when there is no such contact. */
    public Optional<HubSpotObject> getContact(String id, List<String> properties) {
        HttpUrl url = http.url("crm/v3/objects/contacts").addPathSegment(id)
                .addQueryParameter("properties", String.join(",", properties)).build();
        return calls.call(CallKind.READ, "contacts.get", () -> {
            HttpReply reply = http.get("contacts.get", url);
            return reply.status() == 404 ? Optional.empty() : Optional.of(object(ok("contacts.get", reply)));
        });
    }

    /** {@code POST /crm/v3/objects/{type}/batch/read}; missing ids are left out. At most 100 ids. */
    public List<HubSpotObject> batchRead(String objectType, List<String> ids, List<String> properties) {
        ObjectNode body = http.json().createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        ids.forEach(id -> inputs.addObject().put("id", id));
        ArrayNode props = body.putArray("properties");
        properties.forEach(props::add);
        body.putArray("propertiesWithHistory");
        String operation = objectType + ".batchRead";
        HttpUrl url = http.url("crm/v3/objects/" + objectType + "/batch/read").build();
        return calls.call(CallKind.READ, operation, () -> {
            HttpReply reply = http.post(operation, url, body);
            List<HubSpotObject> found = new ArrayList<>();
            ok(operation, reply).path("results").forEach(r -> found.add(object(r)));
            return found;
        });
    }

    /**
     * {@code POST /crm/v3/objects/contacts/batch/update}, at most 100 inputs, one per id.
     *
     * @return the per-id results (207 included) in input order, or a rejection of the whole batch (400)
     */
    public BatchOutcome<BatchItemResult> batchUpdate(List<String> ids, List<Map<String, String>> properties) {
        ObjectNode body = http.json().createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (int i = 0; i < ids.size(); i++) {
            ObjectNode props = inputs.addObject().put("id", ids.get(i)).putObject("properties");
            properties.get(i).forEach(props::put);
        }
        HttpUrl url = http.url("crm/v3/objects/contacts/batch/update").build();
        return calls.call(CallKind.WRITE, "contacts.batchUpdate", () -> {
            HttpReply reply = http.post("contacts.batchUpdate", url, body);
            if (reply.status() == 400) {
                missingProperties(reply).ifPresent(missing -> {
                    throw new PermanentCrmException("contacts.batchUpdate: the portal has no property " + missing
                            + ": run `mqlsync setup -c <config>` to create mqlsync's properties");
                });
                return BatchOutcome.rejected(reply.message());
            }
            return BatchOutcome.accepted(perId(ids, ok("contacts.batchUpdate", reply)));
        });
    }

    /**
     * The properties a 400 says do not exist: a schema the portal lacks fails every record alike, so
     * splitting the batch to find "the bad record" would only spend the rate limit.
     */
    private static Optional<String> missingProperties(HttpReply reply) {
        Matcher missing = MISSING_PROPERTY.matcher(reply.message());
        Set<String> names = new TreeSet<>();
        while (missing.find()) {
            names.add(missing.group(1));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    /**
     * {@code POST /crm/v3/objects/tasks/batch/create}, each task associated with its contact (type 204).
     * A create is not idempotent, and an attempt whose answer was lost (a reset, a timeout) may have created the
     * tasks: before every repeated attempt {@code beforeRetry} narrows the batch to the tasks not found in the CRM.
     *
     * @param tasks the tasks, each with the contact it belongs to; at most 100
     * @param beforeRetry the tasks of the batch still to create, asked before each attempt after the first
     * @return the tasks this call created, in HubSpot's order (not promised to be the input's)
     */
    public List<HubSpotObject> createTasks(List<TaskInput> tasks, UnaryOperator<List<TaskInput>> beforeRetry) {
        HttpUrl url = http.url("crm/v3/objects/tasks/batch/create").build();
        AtomicBoolean first = new AtomicBoolean(true);
        return calls.call(CallKind.WRITE, "tasks.batchCreate", () -> {
            List<TaskInput> pending = first.getAndSet(false) ? tasks : beforeRetry.apply(tasks);
            List<HubSpotObject> created = new ArrayList<>();
            if (!pending.isEmpty()) {
                ok("tasks.batchCreate", http.post("tasks.batchCreate", url, taskBody(pending))).path("results")
                        .forEach(r -> created.add(object(r)));
            }
            return created;
        });
    }

    private ObjectNode taskBody(List<TaskInput> tasks) {
        ObjectNode body = http.json().createObjectNode();
        ArrayNode inputs = body.putArray("inputs");
        for (TaskInput task : tasks) {
            ObjectNode input = inputs.addObject();
            ObjectNode props = input.putObject("properties");
            task.properties().forEach(props::put);
            ObjectNode association = input.putArray("associations").addObject();
            association.putObject("to").put("id", task.contactId());
            association.putArray("types").addObject().put("associationCategory", "HUBSPOT_DEFINED")
                    .put("associationTypeId", TASK_TO_CONTACT);
        }
        return body;
    }

    /** {@code GET /crm/v4/objects/contacts/{id}/associations/tasks}: the ids of the contact's tasks. */
    public List<String> taskIdsOf(String contactId) {
        List<String> ids = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            HttpUrl.Builder url = http.url("crm/v4/objects/contacts").addPathSegment(contactId)
                    .addPathSegments("associations/tasks").addQueryParameter("limit", "500");
            after.ifPresent(a -> url.addQueryParameter("after", a));
            JsonNode page = calls.call(CallKind.READ, "associations.list",
                    () -> ok("associations.list", http.get("associations.list", url.build())));
            page.path("results").forEach(r -> ids.add(r.path("toObjectId").asText()));
            after = next(page);
        } while (after.isPresent());
        return ids;
    }

    /** {@code GET /crm/v3/owners}, one page; archived owners only when {@code archived}. */
    public Paged<Owner> owners(boolean archived, Optional<String> after) {
        HttpUrl.Builder url = http.url("crm/v3/owners").addQueryParameter("limit", "100")
                .addQueryParameter("archived", Boolean.toString(archived));
        after.ifPresent(a -> url.addQueryParameter("after", a));
        JsonNode page = calls.call(CallKind.READ, "owners.list", () -> ok("owners.list", http.get("owners.list", url.build())));
        List<Owner> owners = new ArrayList<>();
        page.path("results").forEach(o -> owners.add(new Owner(o.path("id").asText(),
                text(o, "email"), o.path("archived").asBoolean(archived), o.path("type").asText("PERSON").equals("QUEUE"))));
        return new Paged<>(owners, next(page));
    }

    private static ObjectPage page(JsonNode body) {
        List<HubSpotObject> results = new ArrayList<>();
        body.path("results").forEach(r -> results.add(object(r)));
        return new ObjectPage(results, next(body));
    }

    static HubSpotObject object(JsonNode node) {
        Map<String, String> properties = new HashMap<>();
        node.path("properties").properties().forEach(p -> {
            if (!p.getValue().isNull() && !p.getValue().isContainerNode()) {
                properties.put(p.getKey(), p.getValue().asText());
            }
        });
        return new HubSpotObject(node.path("id").asText(), properties);
    }

    /** Maps a 200/207 body to one result per input id; an id HubSpot names in no error was written. */
    private static List<BatchItemResult> perId(List<String> ids, JsonNode body) {
        Map<String, BatchItemResult.Failure> failures = new HashMap<>();
        for (JsonNode error : body.path("errors")) {
            BatchItemResult.Failure failure = new BatchItemResult.Failure(error.path("category").asText("ERROR"),
                    error.path("message").asText(""));
            error.path("context").path("ids").forEach(id -> failures.put(id.asText(), failure));
        }
        return ids.stream().map(id -> new BatchItemResult(id, Optional.ofNullable(failures.get(id)))).toList();
    }
}
