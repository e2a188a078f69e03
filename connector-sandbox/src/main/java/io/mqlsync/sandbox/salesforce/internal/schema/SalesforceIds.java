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

    /** @return the 18-character form of {@code id} when it has the shape of an id, else empty */
    public static Optional<String> normalise(String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            return Optional.empty();
        }
        String full = to18(id.substring(0, 15));
        if (id.length() == 18 && !full.equalsIgnoreCase(id)) {
            return Optional.empty();
        }
        return Optional.of(full);
    }
}
