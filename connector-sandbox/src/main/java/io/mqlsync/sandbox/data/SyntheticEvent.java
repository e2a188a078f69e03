package io.mqlsync.sandbox.data;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One generated engagement of a lead.
 *
 * @param type  what happened
 * @param at    when
 * @param attrs attributes by DESIGN.md's names: {@code url}, {@code form} (a {@link SyntheticForm#id()}),
 *              {@code campaign}, {@code webinar}, {@code asset}, and for forms the hidden fields
 *              ({@code utm_source}, ...); never null, immutable
 */
public record SyntheticEvent(SyntheticEventType type, Instant at, Map<String, String> attrs) {

    public SyntheticEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        attrs = Map.copyOf(attrs);
    }
}
