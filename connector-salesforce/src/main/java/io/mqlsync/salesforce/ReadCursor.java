package io.mqlsync.salesforce;

import io.mqlsync.core.spi.Cursor;
import io.mqlsync.salesforce.mapping.Soql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Salesforce read stands, as the opaque {@link Cursor} the engine stores: the key of the last record
 * read ({@code SystemModstamp} and {@code Id}, or the {@code Id} alone), the server-side query locator
 * while a query is being paged, and, for incremental reads, the records already seen near the end so the
 * next run's look-back overlap is not processed twice.
 *
 * @param order    what the read is ordered by
 * @param modstamp the last record's {@code SystemModstamp} (incremental reads)
 * @param lastId   the last record's id
 * @param locator  the {@code queryMore} locator of the open query, if one is open
 * @param phase    whether the next read continues this run or starts the next one (look back first)
 * @param seen     records read within the look-back window before the key, newest last
 */
record ReadCursor(Order order, Optional<Instant> modstamp, Optional<String> lastId, Optional<String> locator,
                  Phase phase, List<Seen> seen) {
    /** The most records remembered for de-duplication; older overlaps are simply processed again (idempotent). */
    static final int MAX_SEEN = 200;
    private static final String VERSION = "sf1";

    ReadCursor {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(modstamp, "modstamp");
        Objects.requireNonNull(lastId, "lastId");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(phase, "phase");
        seen = List.copyOf(seen.size() > MAX_SEEN ? seen.subList(seen.size() - MAX_SEEN, seen.size()) : seen);
    }

    /** What a read is keyed by. */
    enum Order {
        /** {@code SystemModstamp, Id}: incremental reads. */
        MODSTAMP,
        /** {@code Id}: backfill and the decay sweep. */
        ID
    }

    /** Whether the cursor ends a run. */
    enum Phase {
        /** More pages follow in this run. */
        CONTINUE,
        /** The read was complete; the next run starts here, looking back first. */
        NEXT_RUN
    }

    /** A record read at {@code modstamp}; it is new again only once its modstamp moves. */
    record Seen(String id, Instant modstamp) {
    }

    static ReadCursor start(Order order) {
        return new ReadCursor(order, Optional.empty(), Optional.empty(), Optional.empty(), Phase.CONTINUE, List.of());
    }

    Cursor encode() {
        StringBuilder s = new StringBuilder(VERSION).append('|').append(order).append('|')
                .append(modstamp.map(Instant::toString).orElse("")).append('|').append(lastId.orElse("")).append('|')
                .append(locator.orElse("")).append('|').append(phase).append('|');
        for (int i = 0; i < seen.size(); i++) {
            s.append(i == 0 ? "" : ",").append(seen.get(i).id()).append('@').append(seen.get(i).modstamp().getEpochSecond());
        }
        return new Cursor(s.toString());
    }

    /**
     * @throws IllegalArgumentException when the cursor was not made by this adapter, or for another read order
     */
    static ReadCursor decode(Cursor cursor, Order expected) {
        String[] parts = cursor.value().split("\\|", -1);
        if (parts.length != 7 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a Salesforce read cursor");
        }
        Order order = Order.valueOf(parts[1]);
        if (order != expected) {
            throw new IllegalArgumentException("a cursor of a " + order + " read cannot continue a " + expected + " read");
        }
        List<Seen> seen = new ArrayList<>();
        for (String entry : parts[6].isEmpty() ? new String[0] : parts[6].split(",")) {
            int at = entry.indexOf('@');
            seen.add(new Seen(checkedId(entry.substring(0, at)), Instant.ofEpochSecond(Long.parseLong(entry.substring(at + 1)))));
        }
        return new ReadCursor(order, optional(parts[2]).map(Instant::parse), optional(parts[3]).map(ReadCursor::checkedId),
                optional(parts[4]), Phase.valueOf(parts[5]), seen);
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String checkedId(String id) {
        if (!Soql.isId(id)) {
            throw new IllegalArgumentException("a read cursor holds an id that is not a Salesforce id");
        }
        return id;
    }

    @Override
    public String toString() {
        return encode().value().replaceAll("\\|[^|]*$", "|" + seen.size() + " seen");
    }
}
