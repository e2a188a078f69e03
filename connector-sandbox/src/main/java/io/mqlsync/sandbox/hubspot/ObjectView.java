package io.mqlsync.sandbox.hubspot;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One record as a reader sees it at one moment: the seeded values, overlaid by what was written.
 * Seeded values are computed on first access, so filtering a large portal by a cheap property does
 * not generate the rest. An empty string means "cleared" and reads as absent. Not thread-safe;
 * short-lived.
 */
final class ObjectView {

    private final long id;
    private final ObjectSeed seed;
    private final Map<String, String> overlay;
    private Map<String, String> core;
    private Map<String, String> derived;

    ObjectView(long id, ObjectSeed seed, Map<String, String> overlay) {
        this.id = id;
        this.seed = seed;
        this.overlay = overlay;
    }

    long id() {
        return id;
    }

    /** The property's value, empty when unset or cleared. */
    Optional<String> get(String name) {
        if (name.equals("hs_object_id")) {
            // The id is known without generating the record: keeps id filters and sorts cheap.
            return Optional.of(String.valueOf(id));
        }
        String value = overlay.get(name);
        if (value == null && isSeeded() && core == null) {
            value = seed.quick((int) (id - 1), name).orElse(null);
        }
        if (value == null && isSeeded()) {
            value = seed.derivedNames().contains(name) ? derived().get(name) : core().get(name);
        }
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Every set property. */
    Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        if (isSeeded()) {
            all.putAll(core());
            all.putAll(derived());
        }
        all.putAll(overlay);
        all.values().removeIf(String::isEmpty);
        return all;
    }

    private boolean isSeeded() {
        return id <= seed.count();
    }

    private Map<String, String> core() {
        if (core == null) {
            core = seed.core((int) (id - 1));
        }
        return core;
    }

    private Map<String, String> derived() {
        if (derived == null) {
            derived = seed.derived((int) (id - 1));
        }
        return derived;
    }
}
