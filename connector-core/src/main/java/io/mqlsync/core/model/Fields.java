package io.mqlsync.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of named values: a lead's canonical fields, or an event's attributes. Blank and
 * unreadable values are absent, so a condition never has to tell "missing" from "garbage".
 */
public final class Fields {
    private static final Fields EMPTY = new Fields(new String[0], new FieldValue[0]);
    /** Up to this many values, a scan beats hashing; events carry one to three attributes. */
    private static final int SCAN_LIMIT = 8;

    private final String[] names;
    private final FieldValue[] values;
    private final Map<String, FieldValue> index;

    private Fields(String[] names, FieldValue[] values) {
        this.names = names;
        this.values = values;
        Map<String, FieldValue> map = new LinkedHashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        this.index = Collections.unmodifiableMap(map);
    }

    public static Fields empty() {
        return EMPTY;
    }

    /** Reads raw values (text, numbers, booleans); nulls, blanks and other types are dropped. */
    public static Fields of(Map<String, ?> raw) {
        if (raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, FieldValue> parsed = new LinkedHashMap<>(raw.size() * 2);
        raw.forEach((name, value) -> FieldValue.parse(value).ifPresent(v -> parsed.put(name, v)));
        return fromParsed(parsed);
    }

    private static Fields fromParsed(Map<String, FieldValue> parsed) {
        return parsed.isEmpty() ? EMPTY
                : new Fields(parsed.keySet().toArray(String[]::new), parsed.values().toArray(FieldValue[]::new));
    }

    /** @return the value, or empty when the field is missing or was blank */
    public Optional<FieldValue> get(String name) {
        return Optional.ofNullable(lookup(name));
    }

    /** @return the value as text, or empty */
    public Optional<String> text(String name) {
        FieldValue value = lookup(name);
        return value == null ? Optional.empty() : Optional.of(value.text());
    }

    public boolean has(String name) {
        return lookup(name) != null;
    }

    private FieldValue lookup(String name) {
        if (names.length > SCAN_LIMIT) {
            return index.get(name);
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** A copy with {@code name} set to {@code value} (a blank value removes the field). */
    public Fields with(String name, String value) {
        Map<String, FieldValue> copy = new LinkedHashMap<>(index);
        FieldValue.ofText(value).ifPresentOrElse(v -> copy.put(name, v), () -> copy.remove(name));
        return fromParsed(copy);
    }

    /** Every present value by name, in insertion order. */
    public Map<String, FieldValue> asMap() {
        return index;
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields other && index.equals(other.index);
    }

    @Override
    public int hashCode() {
        return index.hashCode();
    }

    /** Names only: field values may be personal data and must not reach logs. */
    @Override
    public String toString() {
        return "Fields" + Arrays.toString(names);
    }
}
