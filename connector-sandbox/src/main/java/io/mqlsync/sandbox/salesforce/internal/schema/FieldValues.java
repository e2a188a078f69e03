package io.mqlsync.sandbox.salesforce.internal.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Converts field values between their SOAP text and the Java values the org stores: {@code String} for text,
 * ids and picklists, {@code Boolean}, {@code Integer}, {@code Double}, {@link LocalDate} and {@link Instant}
 * (whole seconds, as Salesforce keeps date-times).
 */
public final class FieldValues {
    private static final DateTimeFormatter DATETIME_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private FieldValues() {
    }

    /**
     * @return the stored value of {@code text} for a field of {@code type}
     * @throws IllegalArgumentException when the text is not a value of that type
     */
    public static Object parse(String text, FieldType type) {
        return parse(text, type, 0);
    }

    /**
     * @param scale the decimals a number field keeps
     * @return the stored value of {@code text} for a field of {@code type}
     * @throws IllegalArgumentException when the text is not a value of that type
     */
    public static Object parse(String text, FieldType type, int scale) {
        String t = text.trim();
        try {
            return switch (type) {
                case BOOLEAN -> parseBoolean(t);
                case INT -> new BigDecimal(t).intValueExact();
                // Salesforce rounds half up to the field's scale on save (most of the org's number fields: 0)
                case DOUBLE, CURRENCY -> new BigDecimal(t).setScale(scale, java.math.RoundingMode.HALF_UP).doubleValue();
                case DATE -> LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
                case DATETIME -> parseDateTime(t);
                case ID, REFERENCE -> SalesforceIds.normalise(t)
                        .orElseThrow(() -> new IllegalArgumentException("not an id"));
                default -> text;
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a value of type " + type.describeName(), e);
        }
    }

    /** @return the date-time in {@code text}: ISO-8601 with an offset or {@code Z}, optionally with fractions */
    public static Instant parseDateTime(String text) {
        return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** @return the SOAP text of a stored value */
    public static String format(Object value) {
        return switch (value) {
            case Instant i -> DATETIME_OUT.format(i);
            case Double d -> Double.toString(d);
            default -> value.toString();
        };
    }

    private static Boolean parseBoolean(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }
}
