package io.mqlsync.hubspot;

import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.PermanentCrmException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an incremental read stands. Every page is a fresh search from here (never an {@code after}
 * offset), so HubSpot's 10,000-result cap is never reached:
 * <ul>
 *   <li>{@link Mode#FROM}: contacts with {@code lastmodifieddate} after (or at, when {@code inclusive})
 *       {@code at}, sorted by it;</li>
 *   <li>{@link Mode#TIE}: contacts with {@code lastmodifieddate} exactly {@code at} and an id above
 *       {@code afterId}, sorted by id: used when a whole page shares one timestamp (our own batch writes
 *       give hundreds of contacts the same one), so any number of them is read without looping or skipping.</li>
 * </ul>
 * {@code seen} holds contacts already delivered whose change may be read again because the next run starts
 * a lookback earlier (search lag): by id, the {@code lastmodifieddate} delivered; they are not delivered twice.
 */
record ChangeCursor(Mode mode, Instant at, boolean inclusive, long afterId, Map<Long, Long> seen) {
    /** The most delivered contacts remembered for de-duplication; beyond it a contact may be read twice (harmless). */
    static final int MAX_SEEN = 1_000;
    private static final String VERSION = "hs1";

    ChangeCursor {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(at, "at");
        seen = Map.copyOf(seen);
    }

    /** How the next search is narrowed. */
    enum Mode {
        FROM,
        TIE
    }

    static ChangeCursor start() {
        return new ChangeCursor(Mode.FROM, Instant.EPOCH, true, 0, Map.of());
    }

    static ChangeCursor from(Instant at, boolean inclusive, Map<Long, Long> seen) {
        return new ChangeCursor(Mode.FROM, at, inclusive, 0, seen);
    }

    static ChangeCursor tie(Instant at, long afterId, Map<Long, Long> seen) {
        return new ChangeCursor(Mode.TIE, at, true, afterId, seen);
    }

    boolean wasDelivered(long id, Instant modified) {
        Long delivered = seen.get(id);
        return delivered != null && delivered == modified.toEpochMilli();
    }

    /** The seen set plus {@code delivered}, without entries at or before {@code floor}, at most {@link #MAX_SEEN}. */
    Map<Long, Long> seenWith(Map<Long, Instant> delivered, Instant floor) {
        Map<Long, Long> merged = new LinkedHashMap<>(seen);
        delivered.forEach((id, at) -> merged.put(id, at.toEpochMilli()));
        merged.values().removeIf(at -> at <= floor.toEpochMilli());
        if (merged.size() <= MAX_SEEN) {
            return merged;
        }
        List<Map.Entry<Long, Long>> newest = new ArrayList<>(merged.entrySet());
        newest.sort(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder()));
        Map<Long, Long> kept = new LinkedHashMap<>();
        newest.stream().limit(MAX_SEEN).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    Cursor encode() {
        StringBuilder out = new StringBuilder(VERSION).append(';').append(mode).append(';').append(at.toEpochMilli())
                .append(';').append(inclusive ? 'i' : 'x').append(';').append(afterId).append(';');
        seen.forEach((id, ms) -> out.append(id).append('@').append(ms).append(','));
        return new Cursor(out.toString());
    }

    static Optional<ChangeCursor> decode(Cursor cursor) {
        String[] parts = cursor.value().split(";", -1);
        if (parts.length != 6 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            Map<Long, Long> seen = new LinkedHashMap<>();
            for (String entry : parts[5].split(",")) {
                if (!entry.isEmpty()) {
                    int sep = entry.indexOf('@');
                    seen.put(Long.parseLong(entry.substring(0, sep)), Long.parseLong(entry.substring(sep + 1)));
                }
            }
            return Optional.of(new ChangeCursor(Mode.valueOf(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    parts[3].equals("i"), Long.parseLong(parts[4]), seen));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static ChangeCursor decodeOrFail(Cursor cursor) {
        return decode(cursor).orElseThrow(() -> new PermanentCrmException(
                "hubspot: the stored cursor was not written by this adapter's incremental read"));
    }
}
