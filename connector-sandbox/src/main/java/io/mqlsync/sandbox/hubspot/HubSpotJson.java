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
