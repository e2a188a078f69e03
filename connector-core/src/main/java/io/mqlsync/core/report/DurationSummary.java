package io.mqlsync.core.report;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The spread of a set of durations.
 *
 * @param count  how many
 * @param median the middle one (the lower middle of an even count); empty when there are none
 * @param p90    the 90th percentile (nearest rank); empty when there are none
 */
public record DurationSummary(long count, Optional<Duration> median, Optional<Duration> p90) {
    public DurationSummary {
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
    }
}
