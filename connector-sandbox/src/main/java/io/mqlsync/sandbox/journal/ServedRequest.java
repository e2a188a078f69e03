package io.mqlsync.sandbox.journal;

import java.util.Objects;

/**
 * One request as the journal records it.
 *
 * @param operation the endpoint's name ({@code contacts.batchUpdate}); unknown paths are {@code unknown}
 * @param status    HTTP status answered (0 for a connection fault)
 * @param bytesIn   request body bytes
 * @param bytesOut  response body bytes
 * @param faulted   whether an injected fault answered
 */
public record ServedRequest(String operation, int status, long bytesIn, long bytesOut, boolean faulted) {

    public ServedRequest {
        Objects.requireNonNull(operation, "operation");
    }
}
