package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Event;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Newest first, and a total order: events at the same instant (a CRM's batch import) are ordered by
 * type and then by their attributes, so a card and its evidence never depend on the order the CRM
 * happened to list them in.
 */
final class EventOrder implements Comparator<Event> {
    static final EventOrder NEWEST_FIRST = new EventOrder();

    private EventOrder() {
    }

    @Override
    public int compare(Event a, Event b) {
        int byTime = b.at().compareTo(a.at());
        if (byTime != 0) {
            return byTime;
        }
        int byType = a.type().compareTo(b.type());
        return byType != 0 ? byType : canonical(a).compareTo(canonical(b));
    }

    /** Only built for ties, which are rare. */
    private static String canonical(Event event) {
        return event.attrs().asMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().text())
                .collect(Collectors.joining("\u0000"));
    }
}
