package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Engagement HubSpot serves per contact, kept while the contact's engagement counters are unchanged:
 * HubSpot bumps a counter (page views, email opens, ...) when new engagement arrives, so an unchanged
 * counter means nothing new to read. Bounded by the events held, not by contacts, so memory stays flat
 * however many contacts a backfill reads; a contact read with none counts as one, so contacts with nothing
 * (meeting aggregates set, meetings past the horizon) cannot pile up unbounded either. The least recently
 * used contacts go first. Thread-safe: the
 * engagement source reads several contacts at once.
 */
final class CounterCache {
    /** About 25 MB of events: a contact's views or email events are a few hundred bytes each. */
    static final int DEFAULT_MAX_EVENTS = 100_000;

    private record Entry(String counters, List<Event> events) {
    }

    private final int maxEvents;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1_024, 0.75f, true);
    private long held;

    CounterCache(int maxEvents) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be positive, was " + maxEvents);
        }
        this.maxEvents = maxEvents;
    }

    /** The events read for the contact, if they were read at these counters. */
    synchronized Optional<List<Event>> get(String contactId, String counters) {
        Entry entry = entries.get(contactId);
        return entry != null && entry.counters().equals(counters) ? Optional.of(entry.events()) : Optional.empty();
    }

    /** Keeps what was read for the contact at these counters, evicting the least recently used beyond the bound. */
    synchronized void put(String contactId, String counters, List<Event> events) {
        Entry previous = entries.put(contactId, new Entry(counters, List.copyOf(events)));
        held += weight(events) - (previous == null ? 0 : weight(previous.events()));
        Iterator<Map.Entry<String, Entry>> eldestFirst = entries.entrySet().iterator();
        while (held > maxEvents && eldestFirst.hasNext()) {
            held -= weight(eldestFirst.next().getValue().events());
            eldestFirst.remove();
        }
    }

    private static int weight(List<Event> events) {
        return Math.max(1, events.size());
    }

    /** Events held now (a contact with none counts one), for tests. */
    synchronized long heldEvents() {
        return held;
    }

    synchronized int contacts() {
        return entries.size();
    }
}
