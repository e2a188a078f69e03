package io.mqlsync.core.planning;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.ScoreCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code mql_reasons}: the top contributions in words, newest evidence first, then where the lead came
 * from. Points are left out on purpose: they decay, and a text that changes with every run would make
 * every run write.
 */
final class ReasonsText {
    /** Fits a HubSpot string property and any Salesforce Long Text Area; long enough to read. */
    static final int MAX_LENGTH = 1000;
    private static final int TOP = 5;
    private static final String SEPARATOR = "; ";

    private ReasonsText() {
    }

    static String of(ScoreCard card, Fields fields) {
        List<String> parts = new ArrayList<>();
        if (card.disqualified()) {
            parts.add("Disqualified by the model");
        }
        card.contributions().stream()
                .filter(c -> c.points() > 0)
                .sorted(Comparator.comparingDouble(Contribution::points).reversed())
                .limit(TOP)
                .sorted(Comparator.comparing((Contribution c) -> c.newestEvidence().orElse(Instant.MIN)).reversed())
                .forEach(c -> parts.add(c.title()));
        source(fields).ifPresent(parts::add);
        return capped(String.join(SEPARATOR, parts));
    }

    private static Optional<String> source(Fields fields) {
        List<String> origin = new ArrayList<>();
        fields.text(CanonicalField.ORIGINAL_SOURCE).ifPresent(s -> origin.add("source " + s));
        String utm = String.join(" / ", List.of(CanonicalField.UTM_SOURCE, CanonicalField.UTM_MEDIUM).stream()
                .map(fields::text).flatMap(Optional::stream).toList());
        if (!utm.isEmpty()) {
            origin.add("utm " + utm);
        }
        fields.text(CanonicalField.UTM_CAMPAIGN).ifPresent(c -> origin.add("campaign " + c));
        return origin.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", origin));
    }

    private static String capped(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(SEPARATOR, MAX_LENGTH - 1);
        return (cut > 0 ? text.substring(0, cut) : text.substring(0, MAX_LENGTH - 1)) + "…";
    }
}
