package io.mqlsync.sandbox.journal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One write to one record.
 *
 * @param at         sandbox time of the write
 * @param objectType {@code contacts}, {@code tasks}, {@code Lead}, ...
 * @param objectId   the record's id
 * @param properties the values written, as sent (after the CRM's own rules, e.g. a refused
 *                   lifecycle move, the stored value may differ); never null, immutable
 * @param origin     who wrote
 */
public record WriteEntry(Instant at, String objectType, String objectId, Map<String, String> properties,
                         WriteOrigin origin) {

    public WriteEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        properties = Map.copyOf(properties);
        Objects.requireNonNull(origin, "origin");
    }
}
