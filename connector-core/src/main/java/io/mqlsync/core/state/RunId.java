package io.mqlsync.core.state;

import java.util.Objects;

/** The id of one run of one instance; the MDC key {@code run} carries it. Never blank. */
public record RunId(String value) {
    public RunId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a run id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
