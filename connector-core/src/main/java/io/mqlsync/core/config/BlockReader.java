package io.mqlsync.core.config;

import io.mqlsync.core.config.DurationReader.Bound;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the values of one mapping of an instance config for the binders, reporting what the schema
 * cannot judge (durations, zones, times of day, blank names) under the value's place and carrying on,
 * so one pass finds every problem. A value of the wrong type, an unknown key or a value outside an
 * enumeration is the schema's to report: here it simply reads as absent and the caller's default
 * applies. Not thread-safe.
 */
final class BlockReader {
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final ConfigNode node;
    private final Findings findings;
    private final Scalars scalars;

    BlockReader(ConfigNode node, Findings findings) {
        this.node = node;
        this.findings = findings;
        this.scalars = new Scalars(findings);
    }

    Findings findings() {
        return findings;
    }

    ConfigNode child(String key) {
        return node.child(key);
    }

    boolean has(String key) {
        return node.child(key).isGiven();
    }

    /** Whether the block is absent or names no key. */
    boolean isEmpty() {
        return node.keys().isEmpty();
    }

    /** Reports {@code key} missing with {@code why}, when it is. */
    void require(String key, String why) {
        if (!has(key)) {
            findings.add(child(key), "required: " + why);
        }
    }

    Optional<String> text(String key) {
        return scalars.nonBlank(child(key)).map(String::strip);
    }

    Optional<Boolean> bool(String key) {
        return child(key).bool();
    }

    /** A whole number of at least zero (the schema reports a negative or fractional one). */
    Optional<Integer> count(String key) {
        OptionalInt n = child(key).integer();
        return n.isPresent() && n.getAsInt() >= 0 ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    Optional<Duration> duration(String key, Bound bound) {
        return DurationReader.read(child(key), bound, findings);
    }

    Optional<ZoneId> zone(String key) {
        return zone(child(key), findings);
    }

    /** A zone id such as {@code UTC} or {@code America/New_York}. */
    static Optional<ZoneId> zone(ConfigNode at, Findings findings) {
        return at.text().flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text.strip()));
            } catch (DateTimeException e) {
                findings.add(at, "\"" + text + "\" is not a time zone (e.g. UTC, America/New_York)");
                return Optional.empty();
            }
        });
    }

    /** A time of day written {@code "HH:mm"}. */
    Optional<LocalTime> time(String key) {
        ConfigNode at = child(key);
        return at.text().flatMap(text -> {
            if (!TIME.matcher(text.strip()).matches()) {
                findings.add(at, "\"" + text + "\" is not a time of day written \"HH:mm\"");
                return Optional.empty();
            }
            return Optional.of(LocalTime.parse(text.strip()));
        });
    }

    /** One of {@code choices}' keys, exactly as written (the schema's enum reports any other). */
    <T> Optional<T> choice(String key, Map<String, T> choices) {
        return child(key).text().map(t -> choices.get(t.strip()));
    }

    /** A list, each element read by {@code element}; empty when absent, not a list, or any element failed. */
    <T> Optional<List<T>> list(String key, Function<ConfigNode, Optional<T>> element) {
        ConfigNode list = child(key);
        if (!list.value().isArray()) {
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        boolean complete = true;
        for (ConfigNode e : list.elements()) {
            Optional<T> value = element.apply(e);
            value.ifPresent(values::add);
            complete &= value.isPresent();
        }
        return complete ? Optional.of(values) : Optional.empty();
    }

    /** A mapping of names to values, each read by {@code value}, in file order. */
    <T> Optional<Map<String, T>> map(String key, Function<ConfigNode, Optional<T>> value) {
        ConfigNode map = child(key);
        if (!map.isObject()) {
            return Optional.empty();
        }
        Map<String, T> values = new LinkedHashMap<>();
        boolean complete = true;
        for (String name : map.keys()) {
            Optional<T> read = value.apply(map.child(name));
            read.ifPresent(r -> values.put(name, r));
            complete &= read.isPresent();
        }
        return complete ? Optional.of(values) : Optional.empty();
    }

    BlockReader block(String key) {
        return new BlockReader(child(key), findings);
    }

    /** Text elements: blank ones are reported. */
    Optional<String> text(ConfigNode element) {
        return scalars.nonBlank(element).map(String::strip);
    }
}
