package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.Fields;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the human evidence of one rule's contributions: {@code jobTitle=VP Sales},
 * {@code FORM_SUBMITTED form=Request a demo at 2026-11-20},
 * {@code 3x PAGE_VIEWED /pricing in 7 days, newest 2026-11-20}. Everything that depends only on the
 * rule is worked out once, when the scorer is built. Immutable.
 */
final class Evidence {
    /** Attributes worth showing for an event when its rule's condition names none. */
    private static final List<String> USUAL_ATTRIBUTES = List.of("form", "url", "asset", "campaign");

    private final List<String> names;
    private final String what;

    private Evidence(List<String> names, String what) {
        this.names = names;
        this.what = what;
    }

    /** Evidence of a fit rule: the values of the fields its condition looks at. */
    static Evidence forFit(Condition condition) {
        return new Evidence(fieldsOf(condition), "");
    }

    /** Evidence of an intent rule: what its events were. */
    static Evidence forIntent(EventPattern pattern) {
        List<String> attributes = pattern.where().map(Evidence::fieldsOf).orElse(List.of());
        String types = pattern.types().stream().map(EventType::name).sorted().collect(Collectors.joining("|"));
        String what = pattern.where().flatMap(Evidence::operand).map(op -> types + " " + op).orElse(types);
        return new Evidence(attributes.isEmpty() ? USUAL_ATTRIBUTES : attributes, what);
    }

    String ofFields(Fields fields) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            separate(text);
            Optional<FieldValue> value = fields.get(name);
            text.append(name).append(value.isPresent() ? "=" + value.get().text() : " missing");
        }
        return text.toString();
    }

    /** One event, or several counted by a cumulative rule. */
    String ofEvents(Event newest, int counted, boolean reachedMax) {
        StringBuilder text = new StringBuilder();
        if (counted == 1) {
            text.append(newest.type());
            boolean first = true;
            for (String name : names) {
                Optional<FieldValue> value = newest.attrs().get(name);
                if (value.isPresent()) {
                    text.append(first ? " " : ", ").append(name).append('=').append(value.get().text());
                    first = false;
                }
            }
            return text.append(" at ").append(day(newest.at())).toString();
        }
        text.append(counted).append("x ").append(what).append(", newest ").append(day(newest.at()));
        return reachedMax ? text.append(", max reached").toString() : text.toString();
    }

    /** The newest window that made a windowed rule fire. */
    String ofWindow(int count, Duration within, Event newest) {
        return count + "x " + what + " in " + human(within) + ", newest " + day(newest.at());
    }

    /** What a single-field condition compares with, e.g. the regex {@code /pricing}. */
    private static Optional<String> operand(Condition condition) {
        return switch (condition) {
            case Condition.Matches m -> Optional.of(m.pattern().pattern());
            case Condition.Contains c -> Optional.of(c.needle());
            case Condition.Equals e -> Optional.of(e.expected().text());
            case Condition.In in -> in.listName().map(name -> "@" + name).or(() -> Optional.of(
                    in.values().values().stream().map(FieldValue::text).collect(Collectors.joining("|"))));
            default -> Optional.empty();
        };
    }

    private static List<String> fieldsOf(Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collectFields(condition, names);
        return List.copyOf(names);
    }

    private static void collectFields(Condition condition, Set<String> names) {
        switch (condition) {
            case Condition.OnField leaf -> names.add(leaf.field());
            case Condition.Exists exists -> names.add(exists.field());
            case Condition.All all -> all.conditions().forEach(c -> collectFields(c, names));
            case Condition.Any any -> any.conditions().forEach(c -> collectFields(c, names));
            case Condition.Not not -> collectFields(not.condition(), names);
        }
    }

    private static void separate(StringBuilder text) {
        if (!text.isEmpty()) {
            text.append(", ");
        }
    }

    private static String day(Instant at) {
        return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400)).toString();
    }

    static String human(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() == 0 && seconds > 0) {
            if (seconds % 86_400 == 0) {
                return plural(seconds / 86_400, "day");
            }
            if (seconds % 3_600 == 0) {
                return plural(seconds / 3_600, "hour");
            }
            if (seconds % 60 == 0) {
                return plural(seconds / 60, "minute");
            }
        }
        return duration.toString();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
