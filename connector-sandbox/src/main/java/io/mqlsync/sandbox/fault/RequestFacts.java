package io.mqlsync.sandbox.fault;

import java.util.Objects;

/**
 * What a fault rule may look at in a request.
 *
 * @param method    HTTP method, upper case
 * @param path      URL path without the query
 * @param operation the sandbox's name for the endpoint ({@code contacts.batchUpdate}, {@code soap.query});
 *                  the same name the journal counts under
 */
public record RequestFacts(String method, String path, String operation) {

    public RequestFacts {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operation, "operation");
    }
}
