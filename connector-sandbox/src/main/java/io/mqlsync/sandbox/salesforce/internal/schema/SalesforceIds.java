package io.mqlsync.sandbox.salesforce.internal.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes and checks Salesforce record ids: 15 case-sensitive characters (a three-character key prefix first)
 * and the three-character case-safe suffix of the 18-character form. Not thread-safe: the org serialises use.
 */
public final class SalesforceIds {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final Pattern SHAPE = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-5]{3})?");

    private final Map<String, Long> next = new HashMap<>();

    /** @return a new 18-character id with the given key prefix, unique within this generator */
    public String newId(String keyPrefix) {
        long n = next.merge(keyPrefix, 1L, Long::sum);
        StringBuilder counter = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            counter.insert(0, BASE62.charAt((int) (n % 62)));
            n /= 62;
        }
        return to18(keyPrefix + "5g" + counter + "AAA");
    }

    /** @return the 18-character form of a well-formed 15- or 18-character id */
    public static String to18(String id) {
        if (id.length() == 18) {
            return id;
        }
        StringBuilder suffix = new StringBuilder();
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX.charAt(bits));
        }
        return id + suffix;
    }

    /**
     * @return the 18-character form of {@code id} when it is a 15-character id or an 18-character one in any
     *         case (its suffix restores the case, as Salesforce does); empty when it is not an id
     */
    public static Optional<String> normalise(String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            return Optional.empty();
        }
        if (id.length() == 15) {
            return Optional.of(to18(id));
        }
        StringBuilder restored = new StringBuilder(15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = SUFFIX.indexOf(Character.toUpperCase(id.charAt(15 + chunk)));
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                boolean upper = (bits & (1 << i)) != 0;
                if (upper && !Character.isLetter(c)) {
                    return Optional.empty();
                }
                restored.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        return Optional.of(to18(restored.toString()));
    }
}
