package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.PermanentCrmException;

import java.util.Optional;

/** Reading HubSpot's answers, shared by the endpoint clients: the status an operation can use, paging cursors. */
final class Replies {
    private Replies() {
    }

    /** Throws for a status the operation cannot use: 403 is a scope problem, other 4xx will fail again. */
    static JsonNode ok(String operation, HttpReply reply) {
        if (reply.isSuccess()) {
            return reply.body();
        }
        if (reply.status() == 403) {
            throw new CrmAuthException(operation + ": HubSpot refused access (HTTP 403, " + reply.category()
                    + "); check the app's scopes");
        }
        throw new PermanentCrmException(operation + ": HubSpot refused the request (HTTP " + reply.status() + ", "
                + reply.category() + ")");
    }

    static Optional<String> next(JsonNode body) {
        return text(body.path("paging").path("next"), "after");
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText());
    }

}
