package io.mqlsync.core.simulation;

import java.util.Objects;
import java.util.Optional;

/**
 * MQL to SQL conversion of the flagged, resolved handoffs of one source.
 *
 * @param source    the lead's source ({@code utm.source}, else the original source); {@code (none)} when unknown
 * @param flagged   resolved handoffs of this source the model flags
 * @param converted of those, how many became SQL or won
 */
public record SourceRate(String source, long flagged, long converted) {
    /** The source name used when a lead has none. */
    public static final String NO_SOURCE = "(none)";

    public SourceRate {
        Objects.requireNonNull(source, "source");
    }

    /** converted / flagged; empty when nothing was flagged. */
    public Optional<Double> rate() {
        return flagged == 0 ? Optional.empty() : Optional.of((double) converted / flagged);
    }
}
