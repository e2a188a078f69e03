package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.List;

/**
 * When the deals of each SQL lead were last read, and which leads the outcome sweep must revisit: those
 * whose deals are not all closed (an opportunity can close without its lead record changing). Checks
 * read with a page are saved with the page ({@link PageCommit#outcomes()}). Thread-safe.
 */
public interface OutcomeChecks {
    /**
     * Saves a read's deals ({@link DealHistory#record}) and when its leads were checked, in one transaction.
     *
     * @return how many deals changed (new, or at another stage than known)
     */
    int record(OutcomeRead read);

    /**
     * @param checkedBefore only leads last checked before this instant (not those a run already checked)
     * @return up to {@code limit} unsettled leads, the longest unchecked first; never null
     */
    List<LeadId> due(Instant checkedBefore, int limit);
}
