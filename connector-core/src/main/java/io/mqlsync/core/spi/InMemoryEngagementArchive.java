package io.mqlsync.core.spi;

import io.mqlsync.core.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link EngagementArchive#inMemory()}: the archive's contract on maps, for runs without a state database. */
final class InMemoryEngagementArchive implements EngagementArchive {
    private final Map<String, Map<String, Set<Event>>> bySource = new HashMap<>();
    private final Map<List<String>, Instant> marks = new HashMap<>();

    @Override
    public synchronized void file(String source, List<KeyedEvent> events) {
        Map<String, Set<Event>> byKey = bySource.computeIfAbsent(source, s -> new HashMap<>());
        for (KeyedEvent keyed : events) {
            byKey.computeIfAbsent(keyed.key(), k -> new LinkedHashSet<>()).add(keyed.event());
        }
    }

    @Override
    public synchronized Optional<Instant> readUpTo(String source, String partition) {
        return Optional.ofNullable(marks.get(List.of(source, partition)));
    }

    @Override
    public synchronized void markReadUpTo(String source, String partition, Instant upTo) {
        marks.merge(List.of(source, partition), upTo, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public synchronized Map<String, List<Event>> eventsOf(String source, Collection<String> keys, Instant since) {
        Map<String, Set<Event>> byKey = bySource.getOrDefault(source, Map.of());
        Map<String, List<Event>> found = new HashMap<>();
        for (String key : keys) {
            List<Event> events = new ArrayList<>();
            byKey.getOrDefault(key, Set.of()).forEach(e -> {
                if (!e.at().isBefore(since)) {
                    events.add(e);
                }
            });
            if (!events.isEmpty()) {
                events.sort(Comparator.comparing(Event::at));
                found.put(key, events);
            }
        }
        return found;
    }

    @Override
    public synchronized void forgetBefore(String source, Instant cutoff) {
        Map<String, Set<Event>> byKey = bySource.getOrDefault(source, Map.of());
        byKey.values().forEach(filed -> filed.removeIf(e -> e.at().isBefore(cutoff)));
        byKey.values().removeIf(Set::isEmpty);
    }
}
