package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.WriteResult;
import java.util.List;
import java.util.Optional;

/**
 * Changes the CRM refused, one per lead, retried with exponential backoff until written. Thread-safe.
 */
public interface DeadLetters {
    /**
     * Records a failed attempt: a new dead letter, or one more attempt of the lead's existing one (whose
     * change is replaced by this newer one). The next attempt is due after the configured backoff.
     *
     * @return the dead letter as stored
     */
    DeadLetter recordFailure(LeadChange change, WriteResult.Failure failure);

    /** @return up to {@code limit} dead letters due at the clock's now, the longest overdue first; never null */
    List<DeadLetter> due(int limit);

    /** @return the lead's dead letter; empty when it has none */
    Optional<DeadLetter> find(LeadId lead);

    /**
     * Removes the lead's dead letter once its change was written.
     *
     * @return whether there was one
     */
    boolean resolve(LeadId lead);

    /** @return how many dead letters the instance has (a growing number deserves an alert) */
    int count();
}
