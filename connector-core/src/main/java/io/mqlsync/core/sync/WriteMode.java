package io.mqlsync.core.sync;

/** Whether a run writes to the CRM and the state store, or only plans. */
public enum WriteMode {
    /** Writes changes, tasks, the ledger, dead letters and checkpoints. */
    LIVE,
    /** Plans every change and writes nothing anywhere ({@code --dry-run}); round-robin turns are kept in memory. */
    DRY_RUN
}
