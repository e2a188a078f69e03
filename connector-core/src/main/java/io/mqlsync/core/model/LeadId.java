package io.mqlsync.core.model;

import java.util.Objects;

/** The CRM's id of a contact or lead. Never blank. */
public record LeadId(String value) {
    public LeadId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a lead id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
