package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The properties API ({@code /crm/v3/properties/{objectType}}): properties, groups, options. Thread-safe. */
final class PropertiesApi {

    private final Map<String, PropertyCatalog> catalogs;
    private final Clock clock;

    /** @param catalogs catalog by every name HubSpot accepts for the object type ({@code contacts}, {@code 0-1}) */
    PropertiesApi(Map<String, PropertyCatalog> catalogs, Clock clock) {
        this.catalogs = Map.copyOf(catalogs);
        this.clock = clock;
    }

    ApiResponse list(ApiRequest request) {
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        catalog(request).all().forEach(p -> results.add(p.toJson()));
        return ApiResponse.ok(body);
    }

    ApiResponse get(ApiRequest request) {
        return ApiResponse.ok(catalog(request).get(request.pathParam(1))
                .orElseThrow(HubSpotApiException::notFound).toJson());
    }

    ApiResponse create(ApiRequest request) {
        PropertyDefinition definition = definition(HubSpotJson.read(request.body()));
        return ApiResponse.created(catalog(request).create(definition).toJson());
    }

    ApiResponse batchCreate(ApiRequest request) {
        PropertyCatalog catalog = catalog(request);
        JsonNode inputs = HubSpotJson.read(request.body()).path("inputs");
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        List<String> existing = new ArrayList<>();
        for (JsonNode input : inputs) {
            PropertyDefinition definition = definition(input);
            catalog.checkNewDefinition(definition);
        }
        for (JsonNode input : inputs) {
            PropertyDefinition definition = definition(input);
            if (catalog.get(definition.name()).isPresent()) {
                existing.add(definition.name());
            } else {
                results.add(catalog.create(definition).toJson());
            }
        }
        ObjectNode body = HubSpotJson.batchEnvelope(results, clock.instant());
        if (existing.isEmpty()) {
            return ApiResponse.created(body);
        }
        body.put("numErrors", existing.size());
        ArrayNode errors = body.putArray("errors");
        for (String name : existing) {
            ObjectNode error = errors.addObject();
            error.put("status", "error").put("category", "OBJECT_ALREADY_EXISTS")
                    .put("message", "Property named '" + name + "' already exists.");
            error.putObject("context").putArray("name").add(name);
            error.putArray("errors");
            error.putObject("links");
        }
        return ApiResponse.of(207, body);
    }

    ApiResponse batchRead(ApiRequest request) {
        PropertyCatalog catalog = catalog(request);
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        for (JsonNode input : HubSpotJson.read(request.body()).path("inputs")) {
            catalog.get(input.path("name").asText()).ifPresent(p -> results.add(p.toJson()));
        }
        return ApiResponse.ok(HubSpotJson.batchEnvelope(results, clock.instant()));
    }

    ApiResponse update(ApiRequest request) {
        PropertyCatalog catalog = catalog(request);
        String name = request.pathParam(1);
        PropertyDefinition existing = catalog.get(name).orElseThrow(HubSpotApiException::notFound);
        JsonNode body = HubSpotJson.read(request.body());
        if (!body.has("options")) {
            return ApiResponse.ok(existing.toJson());
        }
        if (existing.hubspotDefined() && !name.equals("hs_lead_status") && !name.equals("lifecyclestage")) {
            throw HubSpotApiException.badRequest("The options of " + name + " cannot be changed");
        }
        return ApiResponse.ok(catalog.replaceOptions(name, options(body.path("options"))).toJson());
    }

    ApiResponse groups(ApiRequest request) {
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        catalog(request).groups().forEach(g -> results.add(g.toJson()));
        return ApiResponse.ok(body);
    }

    ApiResponse group(ApiRequest request) {
        return ApiResponse.ok(catalog(request).group(request.pathParam(1))
                .orElseThrow(HubSpotApiException::notFound).toJson());
    }

    ApiResponse createGroup(ApiRequest request) {
        JsonNode body = HubSpotJson.read(request.body());
        String name = required(body, "name");
        PropertyCatalog.Group group = new PropertyCatalog.Group(name, required(body, "label"),
                body.path("displayOrder").asInt(-1));
        return ApiResponse.created(catalog(request).createGroup(group).toJson());
    }

    private PropertyCatalog catalog(ApiRequest request) {
        String type = request.pathParam(0);
        return Optional.ofNullable(catalogs.get(type)).orElseThrow(() ->
                HubSpotApiException.badRequest("Unable to infer object type from: " + type));
    }

    private PropertyDefinition definition(JsonNode input) {
        String type = required(input, "type");
        return new PropertyDefinition(required(input, "name"), required(input, "label"), type,
                required(input, "fieldType"), required(input, "groupName"), input.path("description").asText(""),
                options(input.path("options")), false, false, clock.instant());
    }

    private static List<PropertyOption> options(JsonNode options) {
        List<PropertyOption> result = new ArrayList<>();
        for (JsonNode option : options) {
            result.add(new PropertyOption(required(option, "label"), required(option, "value"),
                    option.path("hidden").asBoolean(false)));
        }
        return result;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw HubSpotApiException.badRequest("Invalid input JSON: " + field + " is required");
        }
        return value.asText();
    }
}
