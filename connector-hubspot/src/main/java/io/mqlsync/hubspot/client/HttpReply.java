package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A response HubSpot gave that the caller decides about: a success, or a 400/403/404/409 whose meaning
 * depends on the operation (a whole batch rejected, a tier without the endpoint, an object not found).
 *
 * @param status the HTTP status
 * @param body   the parsed body; a missing node when there was none
 */
record HttpReply(int status, JsonNode body) {
    HttpReply {
        Objects.requireNonNull(body, "body");
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** HubSpot's error message, for dead letters (may name a value, so never logged). */
    String message() {
        String message = body.path("message").asText("");
        return message.isBlank() ? "HTTP " + status : message;
    }

    String category() {
        return body.path("category").asText("HTTP_" + status);
    }
}
