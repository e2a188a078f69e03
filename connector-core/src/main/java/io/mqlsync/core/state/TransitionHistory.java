package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only lifecycle history of one instance: the source of the KPI report and of backtests.
 * Rows are never changed or deleted. Thread-safe.
 */
public interface TransitionHistory {
    /**
     * Appends a transition, unless it is the {@linkplain TransitionRecord#sameStepAs same step} as the
     * lead's latest recorded one (a CRM re-reporting a state records it once).
     *
     * @return whether a row was added
     */
    boolean record(TransitionRecord transition);

    /**
     * Calls {@code action} for each transition at or after {@code from} and before {@code until}, oldest
     * first (ties in recording order), reading in chunks so that memory stays flat however long the range.
     */
    void forEachBetween(Instant from, Instant until, Consumer<TransitionRecord> action);

    /** The transitions at or after {@code from} and before {@code until}, oldest first; never null. */
    List<TransitionRecord> between(Instant from, Instant until);

    /** The lead's transitions, oldest first; empty when it has none. */
    List<TransitionRecord> ofLead(LeadId lead);

    /** The lead's latest transition. */
    Optional<TransitionRecord> latest(LeadId lead);
}
