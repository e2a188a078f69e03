package io.mqlsync.core.sync;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.util.Optional;

/**
 * Handoffs begun but not known to be finished: a run that died between choosing an owner (round-robin
 * has moved on) and recording the task. The task ledger implements it.
 */
@FunctionalInterface
public interface PendingHandoffs {

    /** The owner already chosen for the lead's {@code qualification}-th handoff, if one was. */
    Optional<OwnerId> ownerOf(LeadId lead, int qualification);

    static PendingHandoffs none() {
        return (lead, qualification) -> Optional.empty();
    }
}
