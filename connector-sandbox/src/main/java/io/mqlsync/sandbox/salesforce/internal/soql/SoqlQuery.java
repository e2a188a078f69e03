package io.mqlsync.sandbox.salesforce.internal.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed SOQL query, before its names are checked against the org's objects.
 *
 * @param select the selected field paths, in order; empty for {@code SELECT COUNT()}
 * @param count whether the query is {@code SELECT COUNT()}
 * @param from the object name as written
 * @param fromColumn column of the object name, for error positions
 * @param where the filter, if any
 * @param orderBy the sort keys, in order
 * @param limit the {@code LIMIT}, if any
 * @param offset the {@code OFFSET}, if any
 */
public record SoqlQuery(List<Path> select, boolean count, String from, int fromColumn, Optional<Condition> where,
                        List<OrderItem> orderBy, OptionalInt limit, OptionalInt offset) {

    /** Copies the lists. */
    public SoqlQuery {
        select = List.copyOf(select);
        orderBy = List.copyOf(orderBy);
    }

    /**
     * A field path as written: {@code Email}, {@code Campaign.Name}, {@code Lead.Owner.Email}.
     *
     * @param parts the dot-separated names
     * @param column column of the first name
     */
    public record Path(List<String> parts, int column) {
        /** Copies the parts. */
        public Path {
            parts = List.copyOf(parts);
        }

        /** @return the path as written, dots included */
        public String text() {
            return String.join(".", parts);
        }
    }

    /** A sort key. */
    public record OrderItem(Path path, boolean descending, boolean nullsLast) {
    }

    /** A WHERE condition. */
    public sealed interface Condition permits And, Or, Not, Comparison, InList, Like {
    }

    /** All of the parts hold. */
    public record And(List<Condition> parts) implements Condition {
        /** Copies the parts. */
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Any of the parts holds. */
    public record Or(List<Condition> parts) implements Condition {
        /** Copies the parts. */
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** The part does not hold. */
    public record Not(Condition part) implements Condition {
    }

    /** {@code path op value}. */
    public record Comparison(Path path, Operator operator, Literal value) implements Condition {
    }

    /** {@code path [NOT] IN (values)}. */
    public record InList(Path path, boolean negated, List<Literal> values) implements Condition {
        /** Copies the values. */
        public InList {
            values = List.copyOf(values);
        }
    }

    /** {@code path LIKE pattern}, with {@code %} and {@code _} wildcards. */
    public record Like(Path path, String pattern, int column) implements Condition {
    }

    /** Comparison operators. */
    public enum Operator { EQ, NE, LT, LE, GT, GE }

    /** A literal value in a condition, with the column it starts at. */
    public sealed interface Literal permits StringLiteral, NumberLiteral, BooleanLiteral, NullLiteral,
            DateTimeLiteral, DateLiteral, RelativeDateLiteral {
        /** @return column of the literal */
        int column();
    }

    /** A quoted string. */
    public record StringLiteral(String value, int column) implements Literal {
    }

    /** A number. */
    public record NumberLiteral(BigDecimal value, int column) implements Literal {
    }

    /** {@code TRUE} or {@code FALSE}. */
    public record BooleanLiteral(boolean value, int column) implements Literal {
    }

    /** {@code NULL}. */
    public record NullLiteral(int column) implements Literal {
    }

    /** A date-time such as {@code 2026-11-20T10:00:00Z}. */
    public record DateTimeLiteral(Instant value, int column) implements Literal {
    }

    /** A date such as {@code 2026-11-20}. */
    public record DateLiteral(LocalDate value, int column) implements Literal {
    }

    /**
     * A relative date literal, a range of whole days in GMT: {@code TODAY}, {@code YESTERDAY}, {@code TOMORROW},
     * {@code LAST_N_DAYS:n} (the last n days and today), {@code NEXT_N_DAYS:n} (the next n days, not today),
     * {@code N_DAYS_AGO:n} (that one day).
     *
     * @param name the literal's name, upper case
     * @param n its number, 0 for those without
     * @param column its column
     */
    public record RelativeDateLiteral(String name, int n, int column) implements Literal {
        /** @return the first day of the range and the day after its last, seen from {@code today} */
        public LocalDate[] days(LocalDate today) {
            return switch (name) {
                case "TODAY" -> new LocalDate[] {today, today.plusDays(1)};
                case "YESTERDAY" -> new LocalDate[] {today.minusDays(1), today};
                case "TOMORROW" -> new LocalDate[] {today.plusDays(1), today.plusDays(2)};
                case "LAST_N_DAYS" -> new LocalDate[] {today.minusDays(n), today.plusDays(1)};
                case "NEXT_N_DAYS" -> new LocalDate[] {today.plusDays(1), today.plusDays(1 + n)};
                case "N_DAYS_AGO" -> new LocalDate[] {today.minusDays(n), today.minusDays(n - 1)};
                default -> throw new IllegalStateException("not a relative date literal: " + name);
            };
        }
    }
}
