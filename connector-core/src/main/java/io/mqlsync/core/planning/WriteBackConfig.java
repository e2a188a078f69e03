package io.mqlsync.core.planning;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code writeBack} block of an instance config: how mqlsync's properties are named and what it writes
 * once a lead is at SQL.
 *
 * @param prefix         the prefix of every written property, {@code mql_} by default; letters, digits and
 *                       underscores, starting with a letter, so it is valid in both CRMs
 * @param scoresAfterSql whether the score properties are still updated at SQL and beyond (the default);
 *                       when false such records are not written at all
 */
public record WriteBackConfig(String prefix, boolean scoresAfterSql) {
    public static final String DEFAULT_PREFIX = "mql_";
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,19}");

    public WriteBackConfig {
        Objects.requireNonNull(prefix, "prefix");
        if (!isValidPrefix(prefix)) {
            throw new IllegalArgumentException("invalid prefix");
        }
    }

    public static WriteBackConfig defaults() {
        return new WriteBackConfig(DEFAULT_PREFIX, true);
    }

    /** A letter, then at most 19 letters, digits or underscores. */
    public static boolean isValidPrefix(String prefix) {
        return PREFIX.matcher(prefix).matches();
    }

    /** The full name of a written property, e.g. {@code mql_fit_score}. */
    public String name(WrittenProperty property) {
        return prefix + property.suffix();
    }
}
