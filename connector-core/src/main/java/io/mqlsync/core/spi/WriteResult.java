package io.mqlsync.core.spi;

import io.mqlsync.core.model.LeadId;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one {@link io.mqlsync.core.planning.LeadChange}: written, or failed with the CRM's
 * own code and message (kept as a dead letter and retried later). A failed record is a value, not an
 * exception.
 *
 * @param lead    the record the change was for
 * @param taskId  the CRM id of the handoff task created by this write, if one was
 * @param failure why the CRM refused the change; empty when it was written
 */
public record WriteResult(LeadId lead, Optional<String> taskId, Optional<Failure> failure) {
    public WriteResult {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(failure, "failure");
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
