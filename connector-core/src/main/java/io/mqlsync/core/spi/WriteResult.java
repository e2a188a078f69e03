package io.mqlsync.core.spi;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one {@link io.mqlsync.core.planning.LeadChange}: written, or failed with the CRM's
 * own code and message (kept as a dead letter and retried later). A failed record is a value, not an
 * exception.
 *
 * @param lead          the record the change was for
 * @param taskId        the CRM id of the handoff task created by this write, if one was
 * @param failure       why the CRM refused the change; empty when it was written
 * @param assignedOwner the owner the CRM's own assignment gave the record in this write, when the instance
 *                      delegates routing to the CRM: the handoff's real owner, which replaces the planned one
 *                      in the task ledger; empty when the CRM assigned nothing (the planned owner stands)
 */
public record WriteResult(LeadId lead, Optional<String> taskId, Optional<Failure> failure, Optional<OwnerId> assignedOwner) {
    public WriteResult {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(assignedOwner, "assignedOwner");
    }

    /** A result without an owner assigned by the CRM. */
    public WriteResult(LeadId lead, Optional<String> taskId, Optional<Failure> failure) {
        this(lead, taskId, failure, Optional.empty());
    }

    public static WriteResult written(LeadId lead) {
        return new WriteResult(lead, Optional.empty(), Optional.empty());
    }

    public static WriteResult writtenWithTask(LeadId lead, String taskId) {
        return new WriteResult(lead, Optional.of(taskId), Optional.empty());
    }

    public static WriteResult failed(LeadId lead, String code, String message) {
        return new WriteResult(lead, Optional.empty(), Optional.of(new Failure(code, message)));
    }

    public boolean isWritten() {
        return failure.isEmpty();
    }

    /**
     * @param code    the CRM's error code ({@code UNABLE_TO_LOCK_ROW}, {@code VALIDATION_ERROR}, ...)
     * @param message the CRM's message; may name a property, never carries our values
     */
    public record Failure(String code, String message) {
        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
