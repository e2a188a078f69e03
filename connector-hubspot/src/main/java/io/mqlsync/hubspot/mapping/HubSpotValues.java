package io.mqlsync.hubspot.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HubSpot's property values, which all arrive as strings: a value that does not parse is absent,
 * never an error (a record with garbage is still scored on what is good).
 */
final class HubSpotValues {
    /** HubSpot's {@code numemployees} is an enumeration of ranges such as {@code 25-50} or {@code 1000+}. */
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*\\d+|\\+)\\s*");

    private HubSpotValues() {
    }

    static Optional<BigDecimal> number(String value) {
        Matcher range = RANGE.matcher(value);
        String text = range.matches() ? range.group(1) : value.trim();
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole number; HubSpot may render {@code 12} as {@code 12.0}. */
    static OptionalLong integer(String value) {
        return number(value).map(n -> {
            try {
                return OptionalLong.of(n.stripTrailingZeros().longValueExact());
            } catch (ArithmeticException e) {
                return OptionalLong.empty();
            }
        }).orElse(OptionalLong.empty());
    }

    /** A datetime: ISO-8601 (what HubSpot answers) or epoch milliseconds (what older properties hold). */
    static Optional<Instant> instant(String value) {
        String text = value.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
