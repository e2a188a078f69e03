package io.mqlsync.hubspot.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What HubSpot did with one input of a batch it took (200 or 207).
 *
 * @param id      the object id the input named (for creates: the id HubSpot gave it)
 * @param failure HubSpot's category and message when this input failed; empty when it was written
 */
public record BatchItemResult(String id, Optional<Failure> failure) {
    public BatchItemResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(failure, "failure");
    }

    /** @param category HubSpot's error category ({@code OBJECT_NOT_FOUND}, ...) */
    public record Failure(String category, String message) {
        public Failure {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(message, "message");
        }
    }
}
