package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Which events an intent rule counts: one of {@code types}, whose attributes satisfy {@code where}. */
public record EventPattern(Set<EventType> types, Optional<Condition> where) {
    public EventPattern {
        Objects.requireNonNull(where, "where");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("an event pattern needs at least one type");
        }
        types = Set.copyOf(EnumSet.copyOf(types));
    }

    public boolean matches(Event event) {
        return types.contains(event.type()) && (where.isEmpty() || where.get().test(event.attrs()));
    }
}
