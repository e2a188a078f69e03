package io.mqlsync.core.model;

import java.util.Objects;

/** The CRM's id of an owner (a user or a queue). Never blank. */
public record OwnerId(String value) {
    public OwnerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an owner id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
