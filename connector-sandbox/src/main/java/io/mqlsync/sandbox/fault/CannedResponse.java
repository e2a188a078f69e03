package io.mqlsync.sandbox.fault;

import java.util.Map;
import java.util.Objects;

/**
 * A complete HTTP answer: status, headers and body.
 *
 * @param status  HTTP status
 * @param headers header name to value; never null, immutable
 * @param body    body text, may be empty
 */
public record CannedResponse(int status, Map<String, String> headers, String body) {

    public CannedResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** A JSON answer. */
    public static CannedResponse json(int status, String body) {
        return new CannedResponse(status, Map.of("Content-Type", "application/json;charset=utf-8"), body);
    }
}
