package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One handoff task in the ledger.
 *
 * @param idempotencyKey the task's key ({@code instance:lead:sequence})
 * @param lead           the lead the task is about
 * @param state          pending or created
 * @param owner          the owner chosen when the task was first planned: a re-run reuses it rather
 *                       than routing again (round-robin moves on even when a write fails)
 * @param crmTaskId      the CRM's id of the task; present exactly when {@code CREATED}
 * @param pendingSince   when the task was recorded as pending
 * @param createdAt      when it was recorded as created; present exactly when {@code CREATED}
 */
public record TaskEntry(String idempotencyKey, LeadId lead, TaskState state, Optional<OwnerId> owner,
                        Optional<String> crmTaskId, Instant pendingSince, Optional<Instant> createdAt) {
    public TaskEntry {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(crmTaskId, "crmTaskId");
        Objects.requireNonNull(pendingSince, "pendingSince");
        Objects.requireNonNull(createdAt, "createdAt");
        boolean created = state == TaskState.CREATED;
        if (created != crmTaskId.isPresent() || created != createdAt.isPresent()) {
            throw new IllegalArgumentException("a task has a CRM id and a creation time exactly when created");
        }
    }
}
