package io.mqlsync.core.state;

/** What kind of run a run log entry records. */
public enum RunMode {
    /** An incremental run: changed records, the decay sweep and dead letters due. */
    SYNC,
    /** A backfill of every record (or those changed since a date). */
    BACKFILL,
    /** A planning run that writes nothing to the CRM. */
    DRY_RUN
}
