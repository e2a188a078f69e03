package io.mqlsync.core.state;

import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.TaskPriority;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A handoff task without its subject and body, which carry names and emails and so are never stored:
 * the planner makes them again from a fresh read when the change is retried.
 *
 * @param idempotencyKey the task's ledger key
 * @param owner          who the task was for
 * @param due            when its SLA ended
 * @param priority       its priority
 */
public record TaskOutline(String idempotencyKey, Optional<OwnerId> owner, Instant due, TaskPriority priority) {
    public TaskOutline {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priority, "priority");
    }

    /** The outline of {@code task}. */
    public static TaskOutline of(HandoffTask task) {
        return new TaskOutline(task.idempotencyKey(), task.owner(), task.due(), task.priority());
    }
}
