package io.mqlsync.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The records of one object type: seeded records plus an overlay of what was written, kept twice:
 * once as reads see it (immediately) and once as search sees it (after the search lag), because
 * HubSpot's search index trails writes by seconds (NOTES.md). Thread-safe.
 */
final class ObjectStore {

    /**
     * The names of the timestamp properties.
     *
     * @param created  e.g. {@code createdate}
     * @param modified e.g. {@code lastmodifieddate}
     */
    record Timestamps(String created, String modified) {
    }

    private record Pending(Instant at, long id, Map<String, String> values) {
    }

    private final ObjectSeed seed;
    private final Clock clock;
    private final Duration searchLag;
    private final Timestamps timestamps;
    private final Map<Long, Map<String, String>> live = new HashMap<>();
    private final Map<Long, Map<String, String>> indexed = new HashMap<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    /** Written records by their written {@code email}, lower-cased: a lookup must not scan a million records. */
    private final Map<String, Long> writtenEmails = new HashMap<>();
    private final ValueInterner interner = new ValueInterner();
    private long nextId;

    ObjectStore(ObjectSeed seed, Clock clock, Duration searchLag, Timestamps timestamps) {
        this.seed = seed;
        this.clock = clock;
        this.searchLag = searchLag;
        this.timestamps = timestamps;
        this.nextId = seed.count() + 1L;
    }

    Timestamps timestamps() {
        return timestamps;
    }

    /** The record as reads see it now. */
    synchronized Optional<ObjectView> get(long id) {
        if (!exists(id, live)) {
            return Optional.empty();
        }
        return Optional.of(new ObjectView(id, seed, live.getOrDefault(id, Map.of())));
    }

    /** Creates a record; it is readable at once and searchable after the lag. */
    synchronized ObjectView create(Map<String, String> values) {
        long id = nextId++;
        String now = HubSpotJson.timestamp(clock.instant());
        Map<String, String> record = new HashMap<>(values);
        record.put("hs_object_id", String.valueOf(id));
        record.put(timestamps.created(), now);
        record.put(timestamps.modified(), now);
        return store(id, record);
    }

    /**
     * Writes values to an existing record and bumps its modified timestamp.
     *
     * @return the record after the write, empty when there is no such record
     */
    synchronized Optional<ObjectView> update(long id, Map<String, String> values) {
        if (!exists(id, live)) {
            return Optional.empty();
        }
        Map<String, String> overlay = new HashMap<>(live.getOrDefault(id, Map.of()));
        overlay.putAll(values);
        overlay.put(timestamps.modified(), HubSpotJson.timestamp(clock.instant()));
        return Optional.of(store(id, overlay));
    }

    /**
     * Keeps a record's written values as one immutable map shared by the read view, the pending
     * index update and, once the lag has passed, the search view: a million written contacts then
     * cost one compact map each, not three mutable ones.
     */
    private ObjectView store(long id, Map<String, String> values) {
        Map<String, String> compact = new HashMap<>();
        values.forEach((name, value) -> compact.put(name, interner.intern(value)));
        Map<String, String> frozen = Map.copyOf(compact);
        Optional.ofNullable(live.get(id)).map(old -> old.get("email"))
                .ifPresent(old -> writtenEmails.remove(old.toLowerCase(Locale.ROOT), id));
        Optional.ofNullable(frozen.get("email")).ifPresent(email -> writtenEmails.put(email.toLowerCase(Locale.ROOT), id));
        live.put(id, frozen);
        pending.add(new Pending(clock.instant(), id, frozen));
        catchUpIndex();
        return new ObjectView(id, seed, frozen);
    }

    private void catchUpIndex() {
        Instant horizon = clock.instant().minus(searchLag);
        while (!pending.isEmpty() && !pending.peekFirst().at().isAfter(horizon)) {
            Pending write = pending.removeFirst();
            indexed.put(write.id(), write.values());
        }
    }

    /** Visits every record as search sees it now, in id order. */
    synchronized void forEachSearchable(Consumer<ObjectView> visitor) {
        catchUpIndex();
        for (long id = 1; id < nextId; id++) {
            if (exists(id, indexed)) {
                visitor.accept(new ObjectView(id, seed, indexed.getOrDefault(id, Map.of())));
            }
        }
    }

    /** Visits every record as reads see it, in id order, starting at {@code fromId}, until told to stop. */
    synchronized void forEachLive(long fromId, Predicate<ObjectView> visitor) {
        for (long id = Math.max(1, fromId); id < nextId; id++) {
            if (exists(id, live) && !visitor.test(new ObjectView(id, seed, live.getOrDefault(id, Map.of())))) {
                return;
            }
        }
    }

    /** The record whose written values hold this email (any case); empty when no write gave one that address. */
    synchronized Optional<Long> idOfWrittenEmail(String email) {
        return Optional.ofNullable(writtenEmails.get(email.toLowerCase(Locale.ROOT)));
    }

    /** How many records exist. */
    synchronized long count() {
        return nextId - 1;
    }

    /** How many records were written through the API or admin. */
    synchronized int writtenCount() {
        return live.size();
    }

    private boolean exists(long id, Map<Long, Map<String, String>> overlay) {
        return (id >= 1 && id <= seed.count()) || overlay.containsKey(id);
    }
}
