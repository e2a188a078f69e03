package io.mqlsync.core.state;

/** A read that keeps its own checkpoint: each resumes where it stopped, independently of the others. */
public enum ReadStream {
    /** Records changed since the last incremental run. */
    INCREMENTAL,
    /** A backfill of every record, resumable after a crash ({@code backfill --resume}). */
    BACKFILL,
    /** Records due for a decay rescore ({@code mql_next_rescore_at} reached). */
    RESCORE_SWEEP
}
