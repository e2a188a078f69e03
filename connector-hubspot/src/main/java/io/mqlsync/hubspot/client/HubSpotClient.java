package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.sync.BatchOutcome;
import okhttp3.HttpUrl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The HubSpot endpoints mqlsync uses, typed. Every method makes one logical request through the
 * instance's {@link CallPolicy} (which may repeat it), and spends exactly one HubSpot API call per attempt.
 * Thread-safe.
 */
public final class HubSpotClient {
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
                return BatchOutcome.rejected(reply.message());
            }
            return BatchOutcome.accepted(perId(ids, ok("contacts.batchUpdate", reply)));
        });
    }

    /**
     * {@code POST /crm/v3/objects/tasks/batch/create}, each task associated with its contact (type 204).
     *
     * @param tasks the tasks, each with the contact it belongs to
     * @return the created tasks, in HubSpot's order (not guaranteed to be the input's)
     */
    public List<HubSpotObject> createTasks(List<TaskInput> tasks) {
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
        HttpUrl url = http.url("crm/v3/objects/tasks/batch/create").build();
        return calls.call(CallKind.WRITE, "tasks.batchCreate", () -> {
            List<HubSpotObject> created = new ArrayList<>();
            ok("tasks.batchCreate", http.post("tasks.batchCreate", url, body)).path("results")
                    .forEach(r -> created.add(object(r)));
            return created;
        });
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

    /** {@code GET /crm/v3/properties/contacts}: every contact property. */
    public List<PropertyDefinition> contactProperties() {
        HttpUrl url = http.url("crm/v3/properties/contacts").build();
        JsonNode body = calls.call(CallKind.SCHEMA, "properties.list", () -> ok("properties.list", http.get("properties.list", url)));
        List<PropertyDefinition> properties = new ArrayList<>();
        body.path("results").forEach(p -> {
            List<String> options = new ArrayList<>();
            p.path("options").forEach(o -> options.add(o.path("value").asText()));
            properties.add(new PropertyDefinition(p.path("name").asText(), p.path("label").asText(""),
                    p.path("type").asText(""), p.path("fieldType").asText(""), p.path("groupName").asText(""), options));
        });
        return properties;
    }

    /** {@code GET /crm/v3/properties/contacts/groups}: the names of the contact property groups. */
    public List<String> contactPropertyGroups() {
        HttpUrl url = http.url("crm/v3/properties/contacts/groups").build();
        JsonNode body = calls.call(CallKind.SCHEMA, "properties.groups", () -> ok("properties.groups", http.get("properties.groups", url)));
        List<String> names = new ArrayList<>();
        body.path("results").forEach(g -> names.add(g.path("name").asText()));
        return names;
    }

    /** {@code POST /crm/v3/properties/contacts/groups}. */
    public void createContactPropertyGroup(String name, String label) {
        ObjectNode body = http.json().createObjectNode().put("name", name).put("label", label).put("displayOrder", -1);
        HttpUrl url = http.url("crm/v3/properties/contacts/groups").build();
        calls.run(CallKind.SCHEMA, "properties.createGroup", () -> ok("properties.createGroup",
                http.post("properties.createGroup", url, body)));
    }

    /** {@code POST /crm/v3/properties/contacts}. */
    public void createContactProperty(PropertyDefinition property) {
        ObjectNode body = http.json().createObjectNode().put("name", property.name()).put("label", property.label())
                .put("type", property.type()).put("fieldType", property.fieldType()).put("groupName", property.groupName());
        if (!property.options().isEmpty()) {
            options(body.putArray("options"), property.options());
        }
        HttpUrl url = http.url("crm/v3/properties/contacts").build();
        calls.run(CallKind.SCHEMA, "properties.create", () -> ok("properties.create", http.post("properties.create", url, body)));
    }

    /** {@code PATCH /crm/v3/properties/contacts/{name}}: replaces the enumeration options. */
    public void updateContactPropertyOptions(String name, List<String> options) {
        ObjectNode body = http.json().createObjectNode();
        options(body.putArray("options"), options);
        HttpUrl url = http.url("crm/v3/properties/contacts").addPathSegment(name).build();
        calls.run(CallKind.SCHEMA, "properties.update", () -> ok("properties.update", http.patch("properties.update", url, body)));
    }

    /** {@code GET /marketing/v3/forms}, every page. */
    public List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            HttpUrl.Builder url = http.url("marketing/v3/forms").addQueryParameter("limit", "100");
            after.ifPresent(a -> url.addQueryParameter("after", a));
            JsonNode page = calls.call(CallKind.READ, "forms.list", () -> ok("forms.list", http.get("forms.list", url.build())));
            page.path("results").forEach(f -> forms.add(new Form(f.path("id").asText(), f.path("name").asText(""))));
            after = next(page);
        } while (after.isPresent());
        return forms;
    }

    /**
     * One page of a form's submissions, newest first ({@code GET /form-integrations/v1/submissions/forms/{guid}}).
     *
     */
    public Paged<FormSubmission> submissions(String formId, Optional<String> after) {
        HttpUrl.Builder url = http.url("form-integrations/v1/submissions/forms").addPathSegment(formId)
                .addQueryParameter("limit", "50");
        after.ifPresent(a -> url.addQueryParameter("after", a));
        JsonNode page = calls.call(CallKind.READ, "forms.submissions",
                () -> ok("forms.submissions", http.get("forms.submissions", url.build())));
        List<FormSubmission> submissions = new ArrayList<>();
        for (JsonNode s : page.path("results")) {
            if (!s.path("submittedAt").canConvertToLong()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            s.path("values").forEach(v -> {
                if (v.hasNonNull("name") && v.hasNonNull("value")) {
                    values.putIfAbsent(v.path("name").asText(), v.path("value").asText());
                }
            });
            submissions.add(new FormSubmission(Instant.ofEpochMilli(s.path("submittedAt").asLong()),
                    s.path("pageUrl").asText(""), values));
        }
        return new Paged<>(submissions, next(page));
    }

    /**
     * One page of a contact's page views since {@code occurredAfter}
     * ({@code GET /events/v3/events?objectType=contact&eventType=e_visited_page}; Enterprise portals only, else 403).
     */
    public Paged<WebEvent> pageViews(String contactId, Instant occurredAfter, Optional<String> after) {
        HttpUrl.Builder url = http.url("events/v3/events").addQueryParameter("objectType", "contact")
                .addQueryParameter("objectId", contactId).addQueryParameter("eventType", "e_visited_page")
                .addQueryParameter("occurredAfter", occurredAfter.toString()).addQueryParameter("limit", "100");
        after.ifPresent(a -> url.addQueryParameter("after", a));
        JsonNode page = calls.call(CallKind.READ, "events.list", () -> ok("events.list", http.get("events.list", url.build())));
        List<WebEvent> events = new ArrayList<>();
        for (JsonNode e : page.path("results")) {
            Optional<Instant> at = text(e, "occurredAt").flatMap(HubSpotClient::instant);
            if (at.isPresent()) {
                Map<String, String> properties = new HashMap<>();
                e.path("properties").properties().forEach(p -> {
                    if (p.getValue().isValueNode() && !p.getValue().isNull()) {
                        properties.put(p.getKey(), p.getValue().asText());
                    }
                });
                events.add(new WebEvent(at.get(), properties));
            }
        }
        return new Paged<>(events, next(page));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Throws for a status the operation cannot use: 403 is a scope problem, other 4xx will fail again. */
    static JsonNode ok(String operation, HttpReply reply) {
        if (reply.isSuccess()) {
            return reply.body();
        }
        if (reply.status() == 403) {
            throw new CrmAuthException(operation + ": HubSpot refused access (HTTP 403, " + reply.category()
                    + "); check the app's scopes");
        }
        throw new PermanentCrmException(operation + ": HubSpot refused the request (HTTP " + reply.status() + ", "
                + reply.category() + ")");
    }

    private static ObjectPage page(JsonNode body) {
        List<HubSpotObject> results = new ArrayList<>();
        body.path("results").forEach(r -> results.add(object(r)));
        return new ObjectPage(results, next(body));
    }

    private static Optional<String> next(JsonNode body) {
        return text(body.path("paging").path("next"), "after");
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

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static void options(ArrayNode array, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            array.addObject().put("label", values.get(i)).put("value", values.get(i)).put("hidden", false)
                    .put("displayOrder", i);
        }
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
