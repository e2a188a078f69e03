package io.mqlsync.core.spi;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement of one page of leads, as canonical events.
 *
 * @param events events by lead; a lead of the page without any maps to nothing (read as no events)
 * @param notes  per lead, how the events were obtained when it was not the full detail (e.g. "page
 *               views derived from aggregate counters: the portal's tier has no event detail"); shown on cards
 */
public record Engagement(Map<LeadId, List<Event>> events, Map<LeadId, String> notes) {
    public Engagement {
        events = Map.copyOf(events);
        notes = Map.copyOf(notes);
    }

    public static Engagement none() {
        return new Engagement(Map.of(), Map.of());
    }

    /** The lead's events; never null. */
    public List<Event> of(LeadId lead) {
        return events.getOrDefault(lead, List.of());
    }

    public Optional<String> noteFor(LeadId lead) {
        return Optional.ofNullable(notes.get(lead));
    }
}
