package io.mqlsync.core.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Durations collected for percentiles, as milliseconds in a growing array (8 bytes each). Not thread-safe. */
final class DurationSample {
    private long[] millis = new long[64];
    private int size;

    void add(Duration duration) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = duration.toMillis();
    }

    DurationSummary summary() {
        if (size == 0) {
            return new DurationSummary(0, Optional.empty(), Optional.empty());
        }
        long[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        int p90 = (int) Math.ceil(0.9 * size) - 1;
        return new DurationSummary(size, Optional.of(Duration.ofMillis(sorted[(size - 1) / 2])),
                Optional.of(Duration.ofMillis(sorted[p90])));
    }
}
