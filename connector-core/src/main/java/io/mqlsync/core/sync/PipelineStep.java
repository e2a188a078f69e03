package io.mqlsync.core.sync;

/** The steps of one page, in order; a {@link PipelineHook} hears each as it is reached. */
public enum PipelineStep {
    /** The page was read from the CRM. */
    READ,
    /** Its leads were scored, decided, routed and planned, each handoff task reserved in the ledger before the write. */
    RESERVED,
    /** The CRM took the page's write. */
    WRITTEN,
    /** The tasks the write created were marked created in the ledger. */
    TASKS_MARKED,
    /** The page's transitions, dead letters and checkpoint were committed. */
    COMMITTED
}
