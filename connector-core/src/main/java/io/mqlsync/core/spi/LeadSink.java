package io.mqlsync.core.spi;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import java.util.List;
import java.util.Optional;

/**
 * Writes planned changes to one CRM instance: properties, lifecycle values (clearing a stage first when
 * the change says so), owner and handoff task. Batches to the CRM's limits; isolates a bad record that
 * fails a whole batch (see {@link io.mqlsync.core.sync.IsolatingBatchWriter}). Not thread-safe.
 */
public interface LeadSink {

    /**
     * @param changes non-empty changes, at most one per lead
     * @return one result per change, in input order; never null. A rejected record is a failed
     *         result, not an exception.
     * @throws TransientCrmException when the whole call may be retried
     */
    List<WriteResult> write(List<LeadChange> changes);

    /**
     * The CRM id of the handoff task already created for {@code idempotencyKey}, if there is one: asked
     * after a crash between creating a task and recording it, so a qualification never gets two tasks.
     */
    Optional<String> findTask(LeadId lead, String idempotencyKey);
}
