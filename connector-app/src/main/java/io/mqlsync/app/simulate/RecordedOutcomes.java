package io.mqlsync.app.simulate;

import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.simulation.OutcomeHistory;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Reads an instance's transition history and deals from its state database into an {@link OutcomeHistory}. */
public final class RecordedOutcomes {
    private RecordedOutcomes() {
    }

    /**
     * @param since when present, only transitions at or after it
     * @param now   the end of the history read (exclusive of later rows)
     */
    public static OutcomeHistory read(InstanceConfig config, Clock clock, Optional<Instant> since, Instant now) {
        OutcomeHistory history = new OutcomeHistory();
        try (StateDatabase database = StateDatabase.open(StateStoreSettings.of(config.state().url()), clock)) {
            StateStore store = database.forInstance(config.instance());
            // the history is read up to and including now: a transition recorded in this very second counts
            store.transitions().forEachBetween(since.orElse(Instant.EPOCH), now.plusMillis(1), history::add);
            store.deals().forEach(history::add);
        }
        return history;
    }
}
