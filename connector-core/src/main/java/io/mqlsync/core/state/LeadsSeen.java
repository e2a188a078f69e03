package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The leads an instance has scored, each with its first score: filled by {@link StateStore#commitPage} in
 * the page's transaction, read by the KPI report. A lead is kept as first seen; later sightings change
 * nothing. Thread-safe.
 */
public interface LeadsSeen {
    /** The lead's first sighting; empty when it was never scored (or only before this table existed). */
    Optional<LeadSeen> of(LeadId lead);

    /**
     * Calls {@code action} for each lead first seen at or after {@code from} and before {@code until}, oldest
     * first, reading in chunks so that memory stays flat however many leads there are.
     */
    void forEachFirstSeenBetween(Instant from, Instant until, Consumer<LeadSeen> action);
}
