package io.mqlsync.core.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Response times counted in fixed buckets, from within the hour to over a week. Not thread-safe. */
final class ResponseBuckets {
    private static final List<Duration> UPPER = List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7));
    private static final List<String> LABELS = List.of("≤ 1 h", "1–4 h", "4–8 h", "8–24 h", "1–3 d", "3–7 d", "> 7 d");

    private final long[] counts = new long[LABELS.size()];

    /** Counts {@code time} in the first bucket whose upper bound (inclusive) it does not exceed. */
    void add(Duration time) {
        int i = 0;
        while (i < UPPER.size() && time.compareTo(UPPER.get(i)) > 0) {
            i++;
        }
        counts[i]++;
    }

    List<SlaSummary.Bucket> buckets() {
        List<SlaSummary.Bucket> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            out.add(new SlaSummary.Bucket(LABELS.get(i), counts[i]));
        }
        return out;
    }
}
