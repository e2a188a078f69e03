package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * {@code POST /crm/v3/objects/{type}/batch/read} for object types kept outside {@link HubSpotObjects} (deals,
 * meetings): at most {@value HubSpotObjects#MAX_BATCH} ids, the requested properties ({@code null} for one the
 * record lacks, as HubSpot answers), ids with no record in a 207 {@code OBJECT_NOT_FOUND}.
 *
 * @param label      the type's upper-case name in the missing-ids message ({@code DEAL})
 * @param defaults   the properties shown when the request names none
 * @param created    the property holding the creation time ({@code createdAt})
 * @param modified   the property holding the last change ({@code updatedAt})
 */
record RecordBatchRead(String label, List<String> defaults, String created, String modified) {
    RecordBatchRead {
        defaults = List.copyOf(defaults);
    }

    /** Serves a batch read from {@code find}, which gives a record's properties or empty when there is none. */
    ApiResponse serve(ApiRequest request, LongFunction<Optional<Map<String, String>>> find, Instant now) {
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
            ContactAssociations.parse(id).flatMap(find::apply).ifPresentOrElse(
                    values -> results.add(json(id, values, properties)), () -> missing.add(id));
        }
        return HubSpotJson.batchWithMissing(results, missing, "Could not get some " + label + " objects, they may be"
                + " deleted or not exist. Check that ids are valid.", now);
    }

    private ObjectNode json(String id, Map<String, String> values, List<String> requested) {
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(requested.isEmpty() ? defaults : requested);
        names.addAll(List.of("hs_object_id", created, modified));
        names.forEach(n -> shown.put(n, values.get(n)));
        ObjectNode json = HubSpotJson.object();
        json.put("id", id);
        ObjectNode properties = json.putObject("properties");
        // real responses carry null for a requested property the record does not have
        shown.forEach((name, value) -> {
            if (value == null) {
                properties.putNull(name);
            } else {
                properties.put(name, value);
            }
        });
        json.put("createdAt", values.getOrDefault(created, ""));
        json.put("updatedAt", values.getOrDefault(modified, ""));
        json.put("archived", false);
        return json;
    }
}
