package io.mqlsync.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One canonical engagement event of a lead.
 *
 * @param type  what happened
 * @param at    when it happened; may lie in the future when the CRM's clock is ahead
 * @param attrs what it was about: {@code url}, {@code form}, {@code asset}, {@code campaign}, hidden form fields
 */
public record Event(EventType type, Instant at, Fields attrs) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(attrs, "attrs");
    }

    public static Event of(EventType type, Instant at) {
        return new Event(type, at, Fields.empty());
    }
}
