package io.mqlsync.core.state;

/** How a run ended, as the run log keeps it; the exit codes of DESIGN section 3 follow from it. */
public enum RunOutcome {
    /** Started and not finished yet. */
    RUNNING,
    /** Finished; every record was written (exit 0). */
    SUCCEEDED,
    /** Finished; some records failed and were kept as dead letters (exit 1). */
    RECORDS_FAILED,
    /** Stopped cleanly because the CRM's API budget ran out (exit 4); resumes next time. */
    BUDGET_EXHAUSTED,
    /** Stopped by an error (authentication, the CRM or the store itself). */
    FAILED,
    /** Stopped on request (the daemon shutting down) after its last committed page; resumes next time. */
    STOPPED,
    /** Never finished: a later run of the instance found it still running (a crash or a kill). */
    INTERRUPTED;

    /** Whether a run can be finished with this outcome. */
    public boolean isFinal() {
        return this != RUNNING && this != INTERRUPTED;
    }
}
