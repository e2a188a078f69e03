package io.mqlsync.core.scoring;

import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.Fields;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A test on named values: a lead's fields ({@code if}) or an event's attributes ({@code where}).
 * Text compares ignoring case, numbers numerically; a missing field matches nothing but
 * {@code exists: false}. Conditions are immutable and safe to share between threads.
 */
public sealed interface Condition {

    boolean test(Fields fields);

    /** A test on one field's value; the field being absent fails it. */
    sealed interface OnField extends Condition {
        String field();

        boolean matches(FieldValue value);

        @Override
        default boolean test(Fields fields) {
            Optional<FieldValue> value = fields.get(field());
            return value.isPresent() && matches(value.get());
        }
    }

    /** {@code equals}: numerically when both are numbers, else as text ignoring case. */
    record Equals(String field, FieldValue expected) implements OnField {
        public Equals {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(expected, "expected");
        }

        @Override
        public boolean matches(FieldValue value) {
            return value.sameAs(expected);
        }
    }

    /**
     * {@code in}: equal (as {@link Equals}) to any value of the set.
     *
     * @param listName the named list ({@code @freemail}) the values came from, if any; for explanations
     */
    record In(String field, ValueSet values, Optional<String> listName) implements OnField {
        public In {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(values, "values");
            Objects.requireNonNull(listName, "listName");
        }

        @Override
        public boolean matches(FieldValue value) {
            return values.contains(value);
        }
    }

    /** {@code matches}: the regular expression is found in the value's text (ignoring case). */
    record Matches(String field, Pattern pattern) implements OnField {
        private static final String REGEX_METACHARACTERS = "\\^$.|?*+()[]{}";

        public Matches {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(pattern, "pattern");
        }

        /**
         * Compiles {@code regex} the way models mean it: found anywhere, case ignored. A regex without
         * metacharacters ({@code /pricing}) becomes the equivalent {@link Contains}, which is several
         * times faster on the hot path of scoring page views.
         *
         * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a valid Java regex
         */
        public static OnField of(String field, String regex) {
            if (!regex.isEmpty() && regex.chars().noneMatch(c -> REGEX_METACHARACTERS.indexOf(c) >= 0)) {
                return new Contains(field, regex);
            }
            return new Matches(field, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        @Override
        public boolean matches(FieldValue value) {
            return pattern.matcher(value.text()).find();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Matches other && field.equals(other.field)
                    && pattern.pattern().equals(other.pattern.pattern()) && pattern.flags() == other.pattern.flags();
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, pattern.pattern(), pattern.flags());
        }
    }

    /** {@code contains}: the value's text contains the needle, ignoring case. */
    record Contains(String field, String needle) implements OnField {
        public Contains {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(needle, "needle");
        }

        @Override
        public boolean matches(FieldValue value) {
            String text = value.text();
            int length = needle.length();
            if (length == 0) {
                return true;
            }
            char first = needle.charAt(0);
            boolean firstIsSurrogate = Character.isSurrogate(first); // case folds by code point: no shortcut
            int last = text.length() - length;
            for (int i = 0; i <= last; i++) {
                if ((firstIsSurrogate || sameIgnoringCase(text.charAt(i), first))
                        && text.regionMatches(true, i, needle, 0, length)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The per-character rule of {@link String#regionMatches(boolean, int, String, int, int)}, with a
         * fast path for two ASCII characters (URLs and form names are nearly all ASCII): their case
         * variants are ASCII letters one bit apart, while a non-ASCII one (dotless i, Kelvin sign) may
         * fold onto an ASCII letter and takes the full rule.
         */
        private static boolean sameIgnoringCase(char a, char b) {
            if (a == b) {
                return true;
            }
            if ((a | b) < 128) {
                return (a ^ b) == 0x20 && (a | 0x20) >= 'a' && (a | 0x20) <= 'z';
            }
            char upperA = Character.toUpperCase(a);
            char upperB = Character.toUpperCase(b);
            return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
        }
    }

    /** {@code gte}, {@code lte} and {@code between} (all inclusive); a non-numeric value matches nothing. */
    record Range(String field, double min, double max) implements OnField {
        public Range {
            Objects.requireNonNull(field, "field");
            if (Double.isNaN(min) || Double.isNaN(max)) {
                throw new IllegalArgumentException("range bounds must be numbers");
            }
        }

        public static Range atLeast(String field, double min) {
            return new Range(field, min, Double.POSITIVE_INFINITY);
        }

        public static Range atMost(String field, double max) {
            return new Range(field, Double.NEGATIVE_INFINITY, max);
        }

        @Override
        public boolean matches(FieldValue value) {
            if (value.number().isEmpty()) {
                return false;
            }
            double n = value.number().getAsDouble();
            return n >= min && n <= max;
        }
    }

    /** {@code exists: true|false}: whether the field has a (non-blank) value. */
    record Exists(String field, boolean present) implements Condition {
        public Exists {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public boolean test(Fields fields) {
            return fields.has(field) == present;
        }
    }

    /** {@code all: [...]}: every condition holds (true when empty). */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Fields fields) {
            for (Condition c : conditions) {
                if (!c.test(fields)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code any: [...]}: some condition holds (false when empty). */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Fields fields) {
            for (Condition c : conditions) {
                if (c.test(fields)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code not: {...}}: the condition does not hold, a missing field included. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(Fields fields) {
            return !condition.test(fields);
        }
    }
}
