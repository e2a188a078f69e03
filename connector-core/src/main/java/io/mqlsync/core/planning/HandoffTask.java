package io.mqlsync.core.planning;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * @param dueZone        the zone the due date is read in where a CRM keeps only a date (Salesforce's
 *                       {@code ActivityDate}): the business-hours zone, else UTC
 */
public record HandoffTask(String idempotencyKey, Optional<OwnerId> owner, Instant due, TaskPriority priority,
                          String subject, String body, ZoneId dueZone) {
    public HandoffTask {
        Objects.requireNonNull(dueZone, "dueZone");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** A task due at an instant that is read in UTC where only a date can be kept. */
    public HandoffTask(String idempotencyKey, Optional<OwnerId> owner, Instant due, TaskPriority priority,
                       String subject, String body) {
        this(idempotencyKey, owner, due, priority, subject, body, ZoneOffset.UTC);
    }

    /** The day the task is due, in {@link #dueZone()}. */
    public LocalDate dueDate() {
        return LocalDate.ofInstant(due, dueZone);
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
