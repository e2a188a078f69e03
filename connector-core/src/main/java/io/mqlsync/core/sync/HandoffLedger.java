package io.mqlsync.core.sync;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.LeadSink;
import io.mqlsync.core.state.TaskEntry;
import io.mqlsync.core.state.TaskLedger;
import io.mqlsync.core.state.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exactly one task per qualification, across crashes: the task ledger as the page pipeline uses it. A
 * task is reserved before the write that creates it and marked created when the write reports its id;
 * a handoff whose task is already in the ledger keeps the owner chosen the first time, and one already
 * created is never written again. Not thread-safe: the engine's thread only.
 */
final class HandoffLedger implements PendingHandoffs {
    private final String instance;
    private final TaskLedger ledger;

    HandoffLedger(String instance, TaskLedger ledger) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public Optional<OwnerId> ownerOf(LeadId lead, int qualification) {
        return ledger.find(HandoffTask.idempotencyKey(instance, lead, qualification)).flatMap(TaskEntry::owner);
    }

    /**
     * Settles the tasks a crashed run left pending: one the CRM has is marked created (no second one);
     * the others stay pending, so the lead's re-plan reuses their owner.
     *
     * @return the pending entries the CRM does not have: their leads must be planned again
     */
    List<TaskEntry> settlePending(LeadSink sink) {
        List<TaskEntry> unconfirmed = new ArrayList<>();
        for (TaskEntry entry : ledger.pending()) {
            Optional<String> found = sink.findTask(entry.lead(), entry.idempotencyKey());
            if (found.isPresent()) {
                ledger.markCreated(entry.idempotencyKey(), found.get());
            } else {
                unconfirmed.add(entry);
            }
        }
        return unconfirmed;
    }

    /**
     * Reserves the change's task before the write.
     *
     * @return the change to write: without its task when the ledger shows it created already
     */
    LeadChange reserve(LeadChange change) {
        if (change.task().isEmpty()) {
            return change;
        }
        HandoffTask task = change.task().get();
        TaskEntry entry = ledger.reserve(task.idempotencyKey(), change.lead(), task.owner());
        if (entry.state() == TaskState.CREATED) {
            return new LeadChange(change.lead(), change.properties(), change.cleared(), change.newOwner(), Optional.empty(),
                    change.stageMove());
        }
        return change;
    }

    /**
     * @param assignedOwner the owner the CRM's own assignment gave the handoff; empty keeps the reserved one
     * @return whether this marked the task created (false when the ledger had it created already)
     */
    boolean markCreated(String idempotencyKey, String crmTaskId, Optional<OwnerId> assignedOwner) {
        boolean wasCreated = ledger.find(idempotencyKey).filter(e -> e.state() == TaskState.CREATED).isPresent();
        ledger.markCreated(idempotencyKey, crmTaskId, assignedOwner);
        return !wasCreated;
    }

    /** Forgets a pending task the CRM does not have and the lead's fresh plan no longer asks for. */
    void discard(TaskEntry unowed) {
        ledger.discard(unowed.idempotencyKey());
    }
}
