package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.ScoreCard;
import java.time.Instant;
import java.util.Optional;

/**
 * Scores one lead (its fields and events are bound in) at any instant. The sync engine binds the pure
 * scorer to a lead; the lifecycle asks for the card it needs (counting only events after a recycle) and
 * the planner probes future instants to find when decay next changes the written values.
 */
@FunctionalInterface
public interface CardSource {
    /**
     * @param at       the instant to measure decay to; never null
     * @param baseline when present, events before it are ignored (re-qualification after a recycle)
     * @return the card; never null. Must be a deterministic function of the arguments.
     */
    ScoreCard scoreAt(Instant at, Optional<Instant> baseline);
}
