package io.mqlsync.core.planning;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The follow-up task created for sales on an MQL transition, exactly once per transition.
 *
 * @param idempotencyKey {@code instance:lead:qualification sequence}; the task ledger refuses a second
 *                       task with the same key, across crashes and re-runs
 * @param owner          who the task is for; empty leaves it to the CRM's default (the integration user)
 * @param due            when the SLA ends
 * @param priority       the task's priority
 * @param subject        one line, at most {@link SubjectTemplate#MAX_LENGTH} characters
 * @param body           the handoff packet as plain text
 */
public record HandoffTask(String idempotencyKey, Optional<OwnerId> owner, Instant due, TaskPriority priority,
                          String subject, String body) {
    public HandoffTask {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** Subject and body carry names and emails: never printed. */
    /** The ledger key of a lead's {@code sequence}-th qualification: {@code instance:lead:sequence}. */
    public static String idempotencyKey(String instance, LeadId lead, int sequence) {
        return instance + ":" + lead.value() + ":" + sequence;
    }

    @Override
    public String toString() {
        return "HandoffTask[" + idempotencyKey + ", owner=" + owner.map(OwnerId::value).orElse("-") + ", due=" + due
                + ", priority=" + priority + "]";
    }
}
