package io.mqlsync.sandbox.hubspot;

import java.util.Objects;

/**
 * A request or response that HubSpot's OpenAPI files do not allow.
 *
 * @param direction whether the client's request or the sandbox's response broke the spec
 * @param method    HTTP method
 * @param path      URL path
 * @param key       the validator's message key, e.g. {@code validation.request.body.schema.required}
 * @param message   the validator's explanation (names fields, never values)
 */
public record SpecViolation(Direction direction, String method, String path, String key, String message) {

    /** Which side broke the spec. */
    public enum Direction {
        /** The client sent something the spec does not allow: a bug in the client. */
        REQUEST,
        /** The sandbox answered something the spec does not allow: a bug in the sandbox. */
        RESPONSE
    }

    public SpecViolation {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return direction + " " + method + " " + path + ": [" + key + "] " + message;
    }
}
