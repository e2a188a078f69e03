package io.mqlsync.salesforce.mapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Literals and {@code IN (...)} lists for SOQL statements, kept under Salesforce's statement length limit. */
public final class Soql {
    /** Salesforce refuses statements over 100,000 characters. */
    public static final int MAX_STATEMENT_CHARS = 100_000;
    /** Leaves room for the rest of a statement of ours. */
    public static final int MAX_IN_LIST_CHARS = 90_000;
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");

    private Soql() {
    }

    /** Whether {@code id} has the shape of a Salesforce id, so it can stand quoted in a statement. */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** A quoted string literal. */
    public static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** A date-time literal (unquoted, UTC, to the millisecond as Salesforce keeps it). */
    public static String dateTime(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /**
     * Splits ids into {@code IN} lists no longer than {@code maxChars} each, in order.
     *
     * @return the lists, each as {@code 'id1','id2'}; none for no ids
     */
    public static List<String> inLists(List<String> ids, int maxChars) {
        List<String> lists = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String id : ids) {
            if (!isId(id)) {
                throw new IllegalArgumentException("not a Salesforce id");
            }
            String literal = quote(id);
            if (current.length() > 0 && current.length() + 1 + literal.length() > maxChars) {
                lists.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(',');
            }
            current.append(literal);
        }
        if (current.length() > 0) {
            lists.add(current.toString());
        }
        return lists;
    }
}
