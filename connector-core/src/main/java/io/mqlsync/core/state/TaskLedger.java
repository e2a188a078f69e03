package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exactly-once handoff tasks across crashes and re-runs. The engine reserves a task (PENDING) before
 * the create call and marks it CREATED with the CRM's id after; after a crash, the PENDING entries are
 * the ones to ask the CRM about ({@code LeadSink.findTask}). Thread-safe.
 */
public interface TaskLedger {
    /**
     * Records the task as pending unless the key is already in the ledger, in which case the existing
     * entry wins unchanged (its owner, its state): a re-run reuses the first owner and sees a task that
     * was already created.
     *
     * @param owner the owner chosen for the task; empty leaves it to the CRM's default
     * @return the entry now in the ledger; never null
     */
    TaskEntry reserve(String idempotencyKey, LeadId lead, Optional<OwnerId> owner);

    /**
     * Marks a reserved task created. Idempotent: a task already created keeps its first CRM id (the
     * returned entry shows it, so a caller can tell a second id apart).
     *
     * @return the entry now in the ledger
     * @throws IllegalStateException when the key was never reserved
     */
    default TaskEntry markCreated(String idempotencyKey, String crmTaskId) {
        return markCreated(idempotencyKey, crmTaskId, Optional.empty());
    }

    /**
     * Marks a reserved task created, with the owner the handoff ended up with when the CRM chose it (its own
     * assignment rules) rather than the owner reserved. Idempotent like {@link #markCreated(String, String)}:
     * a task already created keeps its id and owner.
     *
     * @param assignedOwner replaces the reserved owner; empty keeps it
     * @return the entry now in the ledger
     * @throws IllegalStateException when the key was never reserved
     */
    TaskEntry markCreated(String idempotencyKey, String crmTaskId, Optional<OwnerId> assignedOwner);

    /** @return the entry for the key; empty when it was never reserved or was discarded */
    Optional<TaskEntry> find(String idempotencyKey);

    /** @return every pending entry, oldest first: what to ask the CRM about after a crash; never null */
    List<TaskEntry> pending();

    /**
     * Forgets a pending task the CRM confirmed it does not have and that is no longer owed (the lead
     * was rejected meanwhile). A created task is never discarded.
     *
     * @return whether a pending entry was removed
     */
    boolean discard(String idempotencyKey);

    /** @return the lead's entries, oldest first; empty when it has none */
    List<TaskEntry> ofLead(LeadId lead);

    /**
     * How many open handoffs each owner has, for {@code least-loaded} routing: leads whose latest recorded
     * transition leaves them MQL or SAL, each counted once, for the owner of its latest created task.
     * Handoffs made without a task (tasks disabled) or without an owner are not counted; an owner sales
     * set by hand after the handoff is not seen.
     *
     * @return open handoffs by owner; an owner with none is absent; never null
     */
    Map<OwnerId, Integer> openByOwner();
}
