package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change the CRM refused, kept for retry.
 *
 * <p>What is stored is the change as planned, but its task only as an {@link TaskOutline} (subject and
 * body carry names and emails) and with email-like and token-like text in values masked. A retry
 * should re-read the lead and plan it again rather than replay {@link #change()}: the CRM may have
 * moved on meanwhile (a rejection, a new owner), and the task ledger keeps a re-planned task from
 * being created twice.
 *
 * @param lead          the lead
 * @param change        the failed change without its task
 * @param task          the outline of the task the change carried, if any
 * @param code          the CRM's error code of the last failure
 * @param message       the CRM's message of the last failure, masked
 * @param attempts      failed attempts so far, at least 1
 * @param firstFailedAt when the first attempt failed
 * @param lastFailedAt  when the last attempt failed
 * @param nextAttemptAt when it is due again (exponential backoff from the last failure)
 */
public record DeadLetter(LeadId lead, LeadChange change, Optional<TaskOutline> task, String code, String message,
                         int attempts, Instant firstFailedAt, Instant lastFailedAt, Instant nextAttemptAt) {
    public DeadLetter {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstFailedAt, "firstFailedAt");
        Objects.requireNonNull(lastFailedAt, "lastFailedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 1) {
            throw new IllegalArgumentException("a dead letter has at least one failed attempt");
        }
        if (change.task().isPresent()) {
            throw new IllegalArgumentException("a dead letter's change carries its task as an outline only");
        }
    }
}
