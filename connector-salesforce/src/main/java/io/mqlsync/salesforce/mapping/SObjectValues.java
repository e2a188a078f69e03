package io.mqlsync.salesforce.mapping;

import com.sforce.ws.bind.XmlObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads values of partner API records, which arrive as text (or typed when the response says
 * {@code xsi:type}); parent paths such as {@code Account.Name} are nested records. Garbage reads as absent.
 */
public final class SObjectValues {
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx");

    private SObjectValues() {
    }

    /** The value at {@code path} as text; empty when absent, nil or blank. */
    public static Optional<String> text(XmlObject record, String path) {
        XmlObject current = record;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            current = current.getChild(parts[i]);
            if (current == null) {
                return Optional.empty();
            }
        }
        Object value = current.getField(parts[parts.length - 1]);
        String text = switch (value) {
            case null -> null;
            case Calendar calendar -> calendar.toInstant().toString();
            case XmlObject nested -> nested.getValue() == null ? null : nested.getValue().toString();
            default -> value.toString();
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    public static Optional<Instant> instant(XmlObject record, String path) {
        return text(record, path).flatMap(SObjectValues::parseInstant);
    }

    /** A date ({@code 2026-11-20}) or the date part of a date-time, as the start of that day in UTC. */
    public static Optional<Instant> dateAsInstant(XmlObject record, String path) {
        return text(record, path).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t).atStartOfDay()
                        .toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** A number rounded half up to a whole one (Salesforce sends {@code 72.0} for Number(18,0)). */
    public static OptionalLong whole(XmlObject record, String path) {
        Optional<String> text = text(record, path);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Math.round(Double.parseDouble(text.get())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static boolean isTrue(XmlObject record, String path) {
        return text(record, path).filter("true"::equalsIgnoreCase).isPresent();
    }

    static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(text, OFFSET_WITHOUT_COLON).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
