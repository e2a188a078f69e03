package io.mqlsync.core.state;

/** Where a handoff task stands in the task ledger. */
public enum TaskState {
    /** Recorded before the create call: the task may or may not exist in the CRM. */
    PENDING,
    /** The CRM created it; its id is known. */
    CREATED
}
