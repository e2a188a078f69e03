package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * An error answer of the fake portal, with the body HubSpot would send. Thrown by request handlers
 * and turned into the response at the gateway.
 */
final class HubSpotApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ObjectNode body;

    HubSpotApiException(int status, String category, String message) {
        super(category + ": " + message);
        this.status = status;
        this.body = errorBody(category, message);
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }

    static HubSpotApiException badRequest(String message) {
        return new HubSpotApiException(400, "VALIDATION_ERROR", message);
    }

    static HubSpotApiException notFound() {
        return new HubSpotApiException(404, "OBJECT_NOT_FOUND", "resource not found");
    }

    static HubSpotApiException conflict(String message) {
        return new HubSpotApiException(409, "CONFLICT", message);
    }

    /**
     * HubSpot's error envelope: {@code message}, {@code correlationId}, {@code category}. The live API
     * also sends {@code "status":"error"}, which the spec's closed {@code Error} schema does not allow;
     * clients must not depend on it, so the sandbox leaves it out.
     */
    static ObjectNode errorBody(String category, String message) {
        ObjectNode body = HubSpotJson.object();
        body.put("message", message);
        body.put("correlationId", UUID.randomUUID().toString());
        body.put("category", category);
        return body;
    }
}
