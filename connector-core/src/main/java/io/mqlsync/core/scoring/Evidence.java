package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.Fields;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the human evidence of a contribution: {@code jobTitle=VP Sales},
 * {@code FORM_SUBMITTED form=Request a demo at 2026-11-20},
 * {@code 3x PAGE_VIEWED /pricing in 7 days, newest 2026-11-20}. Stateless.
 */
final class Evidence {
    /** Attributes worth showing for an event when its rule's condition names none. */
    private static final List<String> USUAL_ATTRIBUTES = List.of("form", "url", "asset", "campaign");

    /** The values of the fields a fit condition looked at. */
    String ofFields(Condition condition, Fields fields) {
        Set<String> names = new LinkedHashSet<>();
        collectFields(condition, names);
        return names.stream()
                .map(name -> name + fields.text(name).map(v -> "=" + v).orElse(" missing"))
                .collect(Collectors.joining(", "));
    }

    /** One event, or several counted by a cumulative rule. */
    String ofEvents(EventPattern pattern, Event newest, int counted, boolean reachedMax) {
        if (counted == 1) {
            String details = attributes(pattern, newest);
            return newest.type() + (details.isEmpty() ? "" : " " + details) + " at " + day(newest.at());
        }
        return counted + "x " + what(pattern) + ", newest " + day(newest.at()) + (reachedMax ? ", max reached" : "");
    }

    /** The newest window that made a windowed rule fire. */
    String ofWindow(EventPattern pattern, int count, Duration within, Event newest) {
        return count + "x " + what(pattern) + " in " + human(within) + ", newest " + day(newest.at());
    }

    private static String what(EventPattern pattern) {
        String types = pattern.types().stream().map(EventType::name).sorted().collect(Collectors.joining("|"));
        return pattern.where().flatMap(Evidence::operand).map(op -> types + " " + op).orElse(types);
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

    private static String attributes(EventPattern pattern, Event event) {
        Set<String> names = new LinkedHashSet<>();
        pattern.where().ifPresent(where -> collectFields(where, names));
        if (names.isEmpty()) {
            names.addAll(USUAL_ATTRIBUTES);
        }
        return names.stream()
                .flatMap(name -> event.attrs().text(name).map(v -> name + "=" + v).stream())
                .collect(Collectors.joining(", "));
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

    private static String day(Instant at) {
        String iso = at.toString(); // yyyy-MM-ddTHH:mm:ssZ for the years CRMs hold
        int t = iso.indexOf('T');
        return t > 0 ? iso.substring(0, t) : iso;
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
