package io.mqlsync.hubspot.client;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One web event of a contact from {@code /events/v3/events}.
 *
 * @param occurredAt when it happened
 * @param properties the event's properties, such as {@code hs_url}
 */
public record WebEvent(Instant occurredAt, Map<String, String> properties) {
    public WebEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        properties = Map.copyOf(properties);
    }
}
