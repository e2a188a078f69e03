package io.mqlsync.sandbox.hubspot;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal short property values ("MQL", "72", one timestamp written to a whole batch) between
 * records, so a backfill that writes the same few values to a million contacts stores each once.
 * Bounded: past its capacity it stops remembering new values. Not thread-safe; the store locks.
 */
final class ValueInterner {

    private static final int MAX_LENGTH = 32;
    private static final int CAPACITY = 200_000;

    private final Map<String, String> values = new HashMap<>();

    String intern(String value) {
        if (value.length() > MAX_LENGTH) {
            return value;
        }
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < CAPACITY) {
            values.put(value, value);
        }
        return value;
    }
}
