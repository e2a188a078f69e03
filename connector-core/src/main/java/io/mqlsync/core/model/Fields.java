package io.mqlsync.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of named values: a lead's canonical fields, or an event's attributes. Blank and
 * unreadable values are absent, so a condition never has to tell "missing" from "garbage".
 */
public final class Fields {
    private static final Fields EMPTY = new Fields(Map.of());

    private final Map<String, FieldValue> values;

    private Fields(Map<String, FieldValue> values) {
        this.values = values;
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
        return new Fields(Collections.unmodifiableMap(parsed));
    }

    /** @return the value, or empty when the field is missing or was blank */
    public Optional<FieldValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @return the value as text, or empty */
    public Optional<String> text(String name) {
        FieldValue value = values.get(name);
        return value == null ? Optional.empty() : Optional.of(value.text());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A copy with {@code name} set to {@code value} (a blank value removes the field). */
    public Fields with(String name, String value) {
        Map<String, FieldValue> copy = new LinkedHashMap<>(values);
        FieldValue.ofText(value).ifPresentOrElse(v -> copy.put(name, v), () -> copy.remove(name));
        return new Fields(Collections.unmodifiableMap(copy));
    }

    /** Every present value by name, in insertion order. */
    public Map<String, FieldValue> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Names only: field values may be personal data and must not reach logs. */
    @Override
    public String toString() {
        return "Fields" + values.keySet();
    }
}
