package io.mqlsync.core.report;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.state.LeadSeen;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.TransitionRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The three streams the KPIs are computed from. Each call streams its rows in the order stated, without
 * holding them; implementations read in chunks.
 */
public interface ReportSource {
    /** Transitions at or after {@code from} and before {@code until}, oldest first. */
    void transitions(Instant from, Instant until, Consumer<TransitionRecord> action);

    /** Leads first seen at or after {@code from} and before {@code until}, oldest first. */
    void leadsSeen(Instant from, Instant until, Consumer<LeadSeen> action);

    /** Every deal of the instance's leads, in any order. */
    void deals(Consumer<Deal> action);

    /** The streams of one instance's state store. */
    static ReportSource of(StateStore store) {
        Objects.requireNonNull(store, "store");
        return new ReportSource() {
            @Override
            public void transitions(Instant from, Instant until, Consumer<TransitionRecord> action) {
                store.transitions().forEachBetween(from, until, action);
            }

            @Override
            public void leadsSeen(Instant from, Instant until, Consumer<LeadSeen> action) {
                store.leadsSeen().forEachFirstSeenBetween(from, until, action);
            }

            @Override
            public void deals(Consumer<Deal> action) {
                store.deals().forEach(action);
            }
        };
    }
}
