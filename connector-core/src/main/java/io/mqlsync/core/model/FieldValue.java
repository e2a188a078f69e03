package io.mqlsync.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One value of a lead field or event attribute as the CRM gave it, with its numeric reading when the
 * text is a plain decimal number. Conditions compare numbers numerically and everything else as text.
 *
 * @param text   the value as text; never blank
 * @param number the value as a number when {@code text} is a plain decimal, else empty
 */
public record FieldValue(String text, OptionalDouble number) {
    // Strict on purpose: Double.parseDouble would also take "NaN", "1d" or "0x1p3", which CRMs never mean as numbers.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    public FieldValue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(number, "number");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a field value must not be blank; an empty value is an absent one");
        }
    }

    /**
     * Reads a raw value from a CRM or an export: text, a number or a boolean.
     *
     * @return empty for null, blank text and values of other types (garbage is absent, never an error)
     */
    public static Optional<FieldValue> parse(Object raw) {
        if (raw instanceof String s) {
            return ofText(s);
        }
        if (raw instanceof Number n) {
            return Optional.of(ofNumber(n));
        }
        if (raw instanceof Boolean b) {
            return Optional.of(new FieldValue(b.toString(), OptionalDouble.empty()));
        }
        return Optional.empty();
    }

    /** @return empty when {@code text} is null or blank */
    public static Optional<FieldValue> ofText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        OptionalDouble number = DECIMAL.matcher(trimmed).matches()
                ? OptionalDouble.of(normalised(Double.parseDouble(trimmed)))
                : OptionalDouble.empty();
        return Optional.of(new FieldValue(trimmed, number));
    }

    public static FieldValue ofNumber(Number n) {
        double value = normalised(n.doubleValue());
        String text = n instanceof BigDecimal big ? big.toPlainString() : plain(value);
        return new FieldValue(text, Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty());
    }

    public boolean isNumeric() {
        return number.isPresent();
    }

    /** Equal as numbers when both are numeric, else equal as text ignoring case. */
    public boolean sameAs(FieldValue other) {
        if (number.isPresent() && other.number.isPresent()) {
            return number.getAsDouble() == other.number.getAsDouble();
        }
        return text.equalsIgnoreCase(other.text);
    }

    private static double normalised(double value) {
        return value == 0.0 ? 0.0 : value; // -0.0 and 0.0 are the same number to a user
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
