package io.mqlsync.hubspot;

/**
 * The line at the end of a handoff task's body that carries its idempotency key, so that after a crash
 * between creating a task and recording it, the task can be found on the contact instead of created twice.
 */
final class TaskMarker {
    private TaskMarker() {
    }

    static String line(String idempotencyKey) {
        return "[mqlsync-task " + idempotencyKey + "]";
    }

    static boolean marks(String body, String idempotencyKey) {
        return body.contains(line(idempotencyKey));
    }
}
