package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A handler's answer.
 *
 * @param status HTTP status
 * @param body   JSON body, empty for 204
 */
record ApiResponse(int status, Optional<JsonNode> body) {

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, Optional.of(body));
    }

    static ApiResponse created(JsonNode body) {
        return new ApiResponse(201, Optional.of(body));
    }

    static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, Optional.of(body));
    }
}
