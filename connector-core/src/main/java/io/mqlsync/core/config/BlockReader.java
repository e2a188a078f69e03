package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one mapping of a config file with typed getters that report each problem (wrong type, bad
 * value, unknown key) to the collector under the value's path and carry on, so one pass finds all of
 * them. An absent key is simply empty: the caller applies its default.
 */
public final class BlockReader {
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final JsonNode node;
    private final String path;
    private final ProblemCollector problems;

    private BlockReader(JsonNode node, String path, ProblemCollector problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * @param node the block; a missing or null node reads as an empty block
     * @return the reader, or empty (with a problem) when the node is not a mapping
     */
    public static Optional<BlockReader> of(JsonNode node, String path, ProblemCollector problems) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.of(new BlockReader(JsonNodeFactory.instance.objectNode(), path, problems));
        }
        if (!node.isObject()) {
            problems.add(path, "must be a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new BlockReader(node, path, problems));
    }

    public String path() {
        return path;
    }

    public ProblemCollector problems() {
        return problems;
    }

    /** The path of {@code key} inside this block. */
    public String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    public boolean isEmpty() {
        return node.isEmpty();
    }

    /** Reports every key not in {@code known}: a typo must never be silently ignored. */
    public void allowOnly(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(at(name), "unknown key (expected one of " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The raw node of {@code key}, if present. */
    public Optional<JsonNode> node(String key) {
        return has(key) ? Optional.of(node.get(key)) : Optional.empty();
    }

    public Optional<String> string(String key) {
        return node(key).flatMap(v -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                problems.add(at(key), "must be a non-empty text");
                return Optional.empty();
            }
            return Optional.of(v.asText().strip());
        });
    }

    public Optional<Boolean> bool(String key) {
        return node(key).flatMap(v -> {
            if (!v.isBoolean()) {
                problems.add(at(key), "must be true or false, not " + shown(v));
                return Optional.empty();
            }
            return Optional.of(v.booleanValue());
        });
    }

    public Optional<Integer> count(String key) {
        return node(key).flatMap(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
                problems.add(at(key), "must be a whole number of at least 0, not " + shown(v));
                return Optional.empty();
            }
            return Optional.of(v.intValue());
        });
    }

    /** An ISO-8601 duration of days, hours, minutes or seconds ({@code P14D}, {@code PT4H}), not negative. */
    public Optional<Duration> duration(String key) {
        return node(key).flatMap(v -> duration(v, at(key)));
    }

    Optional<Duration> duration(JsonNode v, String where) {
        String text = v.isTextual() ? v.asText().strip() : "";
        Optional<Duration> parsed = parseDuration(text);
        if (parsed.isEmpty()) {
            problems.add(where, calendar(text)
                    ? shown(v) + " is not a fixed duration: months and years vary in length; use days, e.g. P30D"
                    : shown(v) + " is not an ISO-8601 duration");
        } else if (parsed.get().isNegative()) {
            problems.add(where, shown(v) + " must not be negative");
            return Optional.empty();
        }
        return parsed;
    }

    /** Days, hours, minutes, seconds ({@code P14D}, {@code PT4H}) and whole weeks ({@code P2W}). */
    private static Optional<Duration> parseDuration(String text) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException notTimeBased) {
            return period(text).filter(p -> p.getYears() == 0 && p.getMonths() == 0)
                    .map(p -> Duration.ofDays(p.getDays()));
        }
    }

    private static boolean calendar(String text) {
        return period(text).filter(p -> p.getYears() != 0 || p.getMonths() != 0).isPresent();
    }

    private static Optional<Period> period(String text) {
        try {
            return Optional.of(Period.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Optional<ZoneId> zone(String key) {
        return node(key).flatMap(v -> {
            try {
                return Optional.of(ZoneId.of(v.isTextual() ? v.asText().strip() : "?"));
            } catch (DateTimeException e) {
                problems.add(at(key), shown(v) + " is not a time zone (e.g. UTC, America/New_York)");
                return Optional.empty();
            }
        });
    }

    /** A time of day written {@code "HH:mm"}. */
    public Optional<LocalTime> time(String key) {
        return node(key).flatMap(v -> {
            if (!v.isTextual() || !TIME.matcher(v.asText().strip()).matches()) {
                problems.add(at(key), shown(v) + " is not a time of day written \"HH:mm\"");
                return Optional.empty();
            }
            return Optional.of(LocalTime.parse(v.asText().strip()));
        });
    }

    /** One of {@code choices}' keys, exactly as written. */
    public <T> Optional<T> choice(String key, Map<String, T> choices) {
        return node(key).flatMap(v -> choice(v, at(key), choices));
    }

    <T> Optional<T> choice(JsonNode v, String where, Map<String, T> choices) {
        T found = v.isTextual() ? choices.get(v.asText().strip()) : null;
        if (found == null) {
            problems.add(where, shown(v) + " is not one of " + String.join(", ", choices.keySet()));
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** A list, each element read by {@code element} (which reports its own problems). */
    public <T> Optional<List<T>> list(String key, ElementReader<T> element) {
        return node(key).flatMap(v -> {
            if (!v.isArray()) {
                problems.add(at(key), "must be a list");
                return Optional.empty();
            }
            List<T> values = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < v.size(); i++) {
                Optional<T> value = element.read(v.get(i), at(key) + "[" + i + "]");
                value.ifPresent(values::add);
                complete &= value.isPresent();
            }
            return complete ? Optional.of(values) : Optional.empty();
        });
    }

    /** A mapping of names to values, each value read by {@code value}, in file order. */
    public <T> Optional<Map<String, T>> map(String key, ElementReader<T> value) {
        return node(key).flatMap(v -> {
            if (!v.isObject()) {
                problems.add(at(key), "must be a mapping of keys to values");
                return Optional.empty();
            }
            Map<String, T> values = new LinkedHashMap<>();
            boolean complete = true;
            for (Map.Entry<String, JsonNode> entry : v.properties()) {
                Optional<T> read = value.read(entry.getValue(), at(key) + "." + entry.getKey());
                read.ifPresent(r -> values.put(entry.getKey(), r));
                complete &= read.isPresent();
            }
            return complete ? Optional.of(values) : Optional.empty();
        });
    }

    /** A nested block. */
    public Optional<BlockReader> block(String key) {
        return of(node.get(key), at(key), problems);
    }

    /** Text elements of a list. */
    public ElementReader<String> text() {
        return (v, where) -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                problems.add(where, "must be a non-empty text");
                return Optional.empty();
            }
            return Optional.of(v.asText().strip());
        };
    }

    /** Maps text elements through {@code parse}; a failed parse is reported with {@code why}. */
    public <T> ElementReader<T> text(Function<String, Optional<T>> parse, String why) {
        return (v, where) -> text().read(v, where).flatMap(s -> {
            Optional<T> parsed = parse.apply(s);
            if (parsed.isEmpty()) {
                problems.add(where, why);
            }
            return parsed;
        });
    }

    /** A value as it may be shown in a message: scalars quoted, structures by kind. */
    static String shown(JsonNode v) {
        if (v.isTextual()) {
            return "\"" + v.asText() + "\"";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        return v.isArray() ? "a list" : "a mapping";
    }

    /** Reads one element of a list or value of a mapping, reporting its own problems. */
    @FunctionalInterface
    public interface ElementReader<T> {
        Optional<T> read(JsonNode value, String path);
    }
}
