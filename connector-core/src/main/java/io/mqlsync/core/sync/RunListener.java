package io.mqlsync.core.sync;

import io.mqlsync.core.planning.LeadChange;

/**
 * Follows a run as it goes, for progress bars and dry-run output. Methods are called on the engine's
 * thread and should return quickly; the defaults do nothing.
 */
public interface RunListener {
    /**
     * A page is done (committed, or planned in a dry run).
     *
     * @param recordsDone records read so far in this run
     */
    default void pageDone(long recordsDone) {
    }

    /** A dry run planned this non-empty change and wrote nothing. */
    default void planned(LeadChange change) {
    }

    /** Listens to nothing. */
    static RunListener none() {
        return new RunListener() {
        };
    }
}
