package io.mqlsync.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user probably meant when they typed one that does not exist. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * @return the candidate equal to {@code typed} ignoring case, else one that {@code typed} (three
     *         letters or more) begins, else the nearest one within two edits (one for short words),
     *         else empty
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase(Locale.ROOT);
        Optional<String> sameIgnoringCase = candidates.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
        if (sameIgnoringCase.isPresent()) {
            return sameIgnoringCase;
        }
        if (typed.length() >= 3) {
            Optional<String> completion = candidates.stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(lower)).findFirst();
            if (completion.isPresent()) {
                return completion;
            }
        }
        int allowed = Math.min(2, Math.max(1, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
