package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.journal.Journal;
import io.mqlsync.sandbox.journal.WriteEntry;
import io.mqlsync.sandbox.journal.WriteOrigin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The CRM objects API of one object type ({@code /crm/v3/objects/{type}}): list, get, create, update,
 * batch read/create/update and search, with HubSpot's limits and error shapes. Type-specific rules
 * (contacts' lifecycle stage, tasks' associations) come in through {@link Rules}. Thread-safe.
 */
final class HubSpotObjects {

    static final int MAX_BATCH = 100;

    /** What differs between object types. */
    interface Rules {
        /** Adjusts a write to an existing record the way HubSpot silently does; returns the values to store. */
        default Map<String, String> adjust(ObjectView current, Map<String, String> values) {
            return values;
        }

        /** Checks a create input (required properties, associations); throws to refuse the whole request. */
        default void checkCreate(JsonNode input) {
        }

        /** Records what else a create input carries (associations), after the record exists. */
        default void created(ObjectView record, JsonNode input) {
        }

        /** The properties returned when a request names none. */
        List<String> defaultProperties();
    }

    private final String objectType;
    private final PropertyCatalog catalog;
    private final ObjectStore store;
    private final ObjectSearch search;
    private final Rules rules;
    private final Clock clock;
    private final Journal journal;
    private final int portalId;
    private final Function<String, OptionalInt> seededIndexOfEmail;

    /** @param seededIndexOfEmail finds a seeded record by its generated email without a scan */
    HubSpotObjects(String objectType, PropertyCatalog catalog, ObjectStore store, Rules rules, Clock clock,
                   Journal journal, int portalId, Function<String, OptionalInt> seededIndexOfEmail) {
        this.seededIndexOfEmail = seededIndexOfEmail;
        this.objectType = objectType;
        this.catalog = catalog;
        this.store = store;
        this.search = new ObjectSearch(catalog);
        this.rules = rules;
        this.clock = clock;
        this.journal = journal;
        this.portalId = portalId;
    }

    ObjectStore store() {
        return store;
    }

    PropertyCatalog catalog() {
        return catalog;
    }

    ApiResponse list(ApiRequest request) {
        int limit = request.intParam("limit", 10);
        if (limit < 1 || limit > 100) {
            throw HubSpotApiException.badRequest("limit must be between 1 and 100");
        }
        long after = cursor(request.param("after").orElse("0"));
        List<String> properties = request.params("properties");
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        if (request.param("archived").map(Boolean::parseBoolean).orElse(false)) {
            // Nothing is ever archived in the sandbox, and archived=true lists only archived records.
            return ApiResponse.ok(body);
        }
        long[] next = {-1};
        store.forEachLive(after + 1, view -> {
            if (results.size() == limit) {
                next[0] = view.id() - 1;
                return false;
            }
            results.add(toJson(view, properties));
            return true;
        });
        if (next[0] >= 0) {
            String cursor = String.valueOf(next[0]);
            body.putObject("paging").putObject("next").put("after", cursor)
                    .put("link", "/crm/v3/objects/" + objectType + "?after=" + cursor);
        }
        return ApiResponse.ok(body);
    }

    ApiResponse get(ApiRequest request) {
        ObjectView view = find(request.pathParam(0), request.param("idProperty"))
                .orElseThrow(HubSpotApiException::notFound);
        return ApiResponse.ok(toJson(view, request.params("properties")));
    }

    ApiResponse create(ApiRequest request, WriteOrigin origin) {
        JsonNode input = HubSpotJson.read(request.body());
        return ApiResponse.created(toJson(createOne(input, origin), List.of()));
    }

    ApiResponse update(ApiRequest request, WriteOrigin origin) {
        JsonNode input = HubSpotJson.read(request.body());
        long id = find(request.pathParam(0), request.param("idProperty")).map(ObjectView::id)
                .orElseThrow(HubSpotApiException::notFound);
        Map<String, String> values = catalog.checkAll(List.of(properties(input)), portalId).get(0);
        ObjectView updated = write(id, values, origin).orElseThrow(HubSpotApiException::notFound);
        return ApiResponse.ok(toJson(updated, List.copyOf(values.keySet())));
    }

    ApiResponse batchRead(ApiRequest request) {
        JsonNode body = HubSpotJson.read(request.body());
        JsonNode inputs = inputs(body);
        List<String> properties = new ArrayList<>();
        body.path("properties").forEach(p -> properties.add(p.asText()));
        Optional<String> idProperty = Optional.ofNullable(body.path("idProperty").textValue());
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        Set<String> missing = new LinkedHashSet<>();
        for (JsonNode input : inputs) {
            String id = input.path("id").asText();
            find(id, idProperty).ifPresentOrElse(v -> results.add(toJson(v, properties)), () -> missing.add(id));
        }
        return batchResponse(results, missing, "Could not get some " + singular() + " objects, they may be deleted"
                + " or not exist. Check that ids are valid.");
    }

    ApiResponse batchUpdate(ApiRequest request, WriteOrigin origin) {
        JsonNode inputs = inputs(HubSpotJson.read(request.body()));
        List<Map<String, String>> writes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (JsonNode input : inputs) {
            writes.add(properties(input));
            if (!ids.add(input.path("id").asText())) {
                duplicates.add(input.path("id").asText());
            }
        }
        if (!duplicates.isEmpty()) {
            throw HubSpotApiException.badRequest("Duplicate IDs found in batch input: " + duplicates
                    + ". IDs must be unique");
        }
        // One invalid value anywhere fails the whole batch with 400, as HubSpot does (NOTES.md).
        List<Map<String, String>> checked = catalog.checkAll(writes, portalId);
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String id = inputs.get(i).path("id").asText();
            Map<String, String> values = checked.get(i);
            Optional<ObjectView> updated = parseId(id).flatMap(n -> write(n, values, origin));
            updated.ifPresentOrElse(v -> results.add(toJson(v, List.copyOf(values.keySet()))), () -> missing.add(id));
        }
        return batchResponse(results, missing, "Could not update some " + singular()
                + " objects, they may be deleted or not exist. Check that ids are valid.");
    }

    ApiResponse batchCreate(ApiRequest request, WriteOrigin origin) {
        JsonNode inputs = inputs(HubSpotJson.read(request.body()));
        List<Map<String, String>> writes = new ArrayList<>();
        for (JsonNode input : inputs) {
            writes.add(properties(input));
            // Checked up front so that one bad input creates nothing, as HubSpot's batch does.
            rules.checkCreate(input);
        }
        catalog.checkAll(writes, portalId);
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        for (JsonNode input : inputs) {
            results.add(toJson(createOne(input, origin), List.of()));
        }
        ObjectNode body = HubSpotJson.batchEnvelope(results, clock.instant());
        return ApiResponse.created(body);
    }

    ApiResponse search(ApiRequest request) {
        ObjectSearch.Page page = search.search(store, HubSpotJson.read(request.body()));
        List<String> properties = new ArrayList<>();
        HubSpotJson.read(request.body()).path("properties").forEach(p -> properties.add(p.asText()));
        ObjectNode body = HubSpotJson.object();
        body.put("total", page.total());
        ArrayNode results = body.putArray("results");
        page.records().forEach(v -> results.add(toJson(v, properties)));
        page.next().ifPresent(after -> body.putObject("paging").putObject("next").put("after", after)
                .put("link", "/crm/v3/objects/" + objectType + "/search?after=" + after));
        return ApiResponse.ok(body);
    }

    /** Writes values to a record after HubSpot's own adjustments; journals the write. */
    Optional<ObjectView> write(long id, Map<String, String> values, WriteOrigin origin) {
        Optional<ObjectView> current = store.get(id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> adjusted = origin == WriteOrigin.API ? rules.adjust(current.get(), values) : values;
        Optional<ObjectView> updated = store.update(id, adjusted);
        journal.wrote(new WriteEntry(clock.instant(), objectType, String.valueOf(id), values, origin));
        return updated;
    }

    /** Creates a record as {@code origin} would, with the checks of an API create. */
    ObjectView create(Map<String, String> properties, WriteOrigin origin) {
        ObjectNode input = HubSpotJson.object();
        ObjectNode values = input.putObject("properties");
        properties.forEach(values::put);
        input.putArray("associations");
        return createOne(input, origin);
    }

    private ObjectView createOne(JsonNode input, WriteOrigin origin) {
        rules.checkCreate(input);
        Map<String, String> values = catalog.checkAll(List.of(properties(input)), portalId).get(0);
        if (objectType.equals("contacts") && values.containsKey("email")) {
            // Email is unique among contacts; HubSpot names the record that already has it.
            findByEmail(values.get("email")).ifPresent(existing -> {
                throw HubSpotApiException.conflict("Contact already exists. Existing ID: " + existing.id());
            });
        }
        ObjectView created = store.create(values);
        rules.created(created, input);
        journal.wrote(new WriteEntry(clock.instant(), objectType, String.valueOf(created.id()), values, origin));
        return created;
    }

    Optional<ObjectView> find(String id, Optional<String> idProperty) {
        if (idProperty.isPresent() && !idProperty.get().equals("hs_object_id")) {
            if (!idProperty.get().equals("email")) {
                throw HubSpotApiException.badRequest(idProperty.get() + " is not a unique identifier property");
            }
            return findByEmail(id);
        }
        return parseId(id).flatMap(store::get);
    }

    private Optional<ObjectView> findByEmail(String email) {
        Optional<Long> written = store.idOfWrittenEmail(email);
        if (written.isPresent()) {
            return store.get(written.get());
        }
        AtomicReference<ObjectView> found = new AtomicReference<>();
        OptionalInt seeded = seededIndexOfEmail.apply(email);
        if (seeded.isPresent()) {
            // The generated address is the record's unless a write changed it since.
            return store.get(seeded.getAsInt() + 1L).filter(v -> v.get("email").map(email::equalsIgnoreCase).orElse(false));
        }
        store.forEachLive(1, view -> {
            if (view.get("email").map(e -> e.equalsIgnoreCase(email)).orElse(false)) {
                found.set(view);
                return false;
            }
            return true;
        });
        return Optional.ofNullable(found.get());
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long cursor(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw HubSpotApiException.badRequest("after must be a paging cursor from a previous response");
        }
    }

    private static JsonNode inputs(JsonNode body) {
        JsonNode inputs = body.path("inputs");
        if (!inputs.isArray()) {
            throw HubSpotApiException.badRequest("Invalid input JSON: inputs is required");
        }
        if (inputs.size() > MAX_BATCH) {
            throw HubSpotApiException.badRequest("Too many inputs: " + inputs.size() + ". The limit is " + MAX_BATCH
                    + " inputs per batch.");
        }
        return inputs;
    }

    private static Map<String, String> properties(JsonNode input) {
        Map<String, String> values = new LinkedHashMap<>();
        input.path("properties").properties().forEach(e ->
                values.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        return values;
    }

    private ApiResponse batchResponse(ArrayNode results, Set<String> missing, String message) {
        return HubSpotJson.batchWithMissing(results, missing, message, clock.instant());
    }

    ObjectNode toJson(ObjectView view, List<String> requested) {
        List<String> names = new ArrayList<>(requested.isEmpty() ? rules.defaultProperties() : requested);
        ObjectStore.Timestamps timestamps = store.timestamps();
        for (String always : List.of("hs_object_id", timestamps.created(), timestamps.modified())) {
            if (!names.contains(always)) {
                names.add(always);
            }
        }
        ObjectNode json = HubSpotJson.object();
        json.put("id", String.valueOf(view.id()));
        ObjectNode properties = json.putObject("properties");
        for (String name : names) {
            // Real responses carry null for a requested property the record does not have.
            view.get(name).ifPresentOrElse(v -> properties.put(name, v), () -> properties.putNull(name));
        }
        json.put("createdAt", view.get(timestamps.created()).orElse(""));
        json.put("updatedAt", view.get(timestamps.modified()).orElse(""));
        json.put("archived", false);
        return json;
    }

    private String singular() {
        return objectType.equals("contacts") ? "CONTACT" : "TASK";
    }
}
