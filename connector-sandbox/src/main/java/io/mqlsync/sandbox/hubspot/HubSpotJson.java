package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON and time formatting the way HubSpot's API writes them. */
final class HubSpotJson {

    /** Configured once and never changed: safe to share between threads. */
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private HubSpotJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** HubSpot's timestamp form, always with milliseconds: {@code 2026-11-20T12:00:00.000Z}. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** HubSpot's batch response: the results of a batch call that completed at {@code at}. */
    static ObjectNode batchEnvelope(ArrayNode results, Instant at) {
        String now = timestamp(at);
        ObjectNode body = object();
        body.put("status", "COMPLETE");
        body.set("results", results);
        body.put("startedAt", now);
        body.put("completedAt", now);
        return body;
    }

    /**
     * A batch answer naming ids that do not exist: 207 with one {@code OBJECT_NOT_FOUND} error listing them
     * in {@code context.ids}, as HubSpot's batch read and update do; 200 when none is missing.
     */
    static ApiResponse batchWithMissing(ArrayNode results, java.util.Collection<String> missing, String message,
                                        Instant at) {
        ObjectNode body = batchEnvelope(results, at);
        if (missing.isEmpty()) {
            return ApiResponse.ok(body);
        }
        body.put("numErrors", 1);
        ObjectNode error = body.putArray("errors").addObject();
        error.put("status", "error");
        error.put("category", "OBJECT_NOT_FOUND");
        error.put("message", message);
        ArrayNode ids = error.putObject("context").putArray("ids");
        missing.forEach(ids::add);
        error.putArray("errors");
        error.putObject("links");
        return ApiResponse.of(207, body);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** Parses a request body; a body that is not JSON is the client's error. */
    static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw HubSpotApiException.badRequest("Invalid input JSON: request body is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw HubSpotApiException.badRequest("Invalid input JSON on line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
    }
}
