package io.mqlsync.core.spi;

import io.mqlsync.core.model.Event;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an adapter files engagement it reads in bulk (a whole form's submissions, not one lead's), so that
 * a run holds in memory only the page it scores and later runs read only what is new. Events are filed
 * under a key that identifies the person in the source (an email address, say); the archive keeps keys as
 * one-way hashes, never in clear.
 *
 * <p>The instance's state database keeps it between runs; {@link #inMemory()} is the same contract in
 * memory. Implementations are thread-safe.
 *
 * <p>A reader walks a partition newest first and files as it goes, so that a large first read holds little;
 * only when the walk is complete does it {@linkplain #markReadUpTo mark} the partition. A walk cut short
 * (a crash, a stop) leaves the mark where it was, and the next one reads that stretch again.
 */
public interface EngagementArchive {

    /**
     * Files events. An event already filed (same key, type, time and attributes) is kept once, so reading
     * a stretch again is harmless.
     *
     * @param source what the events came from, e.g. {@code hubspot.forms}
     */
    void file(String source, List<KeyedEvent> events);

    /**
     * Up to when a partition of the source (a form, say: a part with its own high-water mark) was read
     * completely; empty when it never was.
     */
    Optional<Instant> readUpTo(String source, String partition);

    /** Records that the partition has been read completely up to {@code upTo}; a mark never moves back. */
    void markReadUpTo(String source, String partition, Instant upTo);

    /** The events of these keys at or after {@code since}, oldest first, by key; keys with none are absent. */
    Map<String, List<Event>> eventsOf(String source, Collection<String> keys, Instant since);

    /** Forgets the source's events before {@code cutoff}: what is past the horizon costs no space. */
    void forgetBefore(String source, Instant cutoff);

    /** An archive in memory, for commands and tests that keep no state database. */
    static EngagementArchive inMemory() {
        return new InMemoryEngagementArchive();
    }

    /**
     * An event and the key of the person it belongs to.
     *
     * @param key   identifies the person in the source; stored hashed
     * @param event the event
     */
    record KeyedEvent(String key, Event event) {
        public KeyedEvent {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(event, "event");
        }
    }
}
