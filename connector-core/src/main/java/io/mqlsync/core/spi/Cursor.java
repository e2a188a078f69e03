package io.mqlsync.core.spi;

import java.util.Objects;

/**
 * Where a read stands, opaque to everyone but the adapter that made it. The engine stores it with the
 * checkpoint and hands it back unchanged, as Kafka Connect does with source offsets.
 */
public record Cursor(String value) {
    public Cursor {
        Objects.requireNonNull(value, "value");
    }
}
