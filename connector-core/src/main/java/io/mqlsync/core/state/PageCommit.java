package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.WriteResult;
import java.util.List;
import java.util.Objects;

/**
 * What one written page leaves in the store, saved in one transaction: the checkpoint moves only with
 * the page's transitions and dead letters, so a crash leaves either all of them or none.
 *
 * @param stream      the read stream the page came from
 * @param resumeAt    where the stream's next read starts
 * @param recordsDone records processed in the stream so far, this page included
 * @param transitions the transitions of the page's written changes (repeats are recorded once)
 * @param failures    the page's changes the CRM refused, to keep as dead letters
 * @param written     leads whose change was written: their dead letters, if any, are resolved
 */
public record PageCommit(ReadStream stream, Cursor resumeAt, long recordsDone, List<TransitionRecord> transitions,
                         List<FailedChange> failures, List<LeadId> written) {
    public PageCommit {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(resumeAt, "resumeAt");
        if (recordsDone < 0) {
            throw new IllegalArgumentException("recordsDone must not be negative");
        }
        transitions = List.copyOf(transitions);
        failures = List.copyOf(failures);
        written = List.copyOf(written);
    }

    /**
     * A change the CRM refused, with why.
     *
     * @param change  the change as written
     * @param failure the CRM's code and message
     */
    public record FailedChange(LeadChange change, WriteResult.Failure failure) {
        public FailedChange {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(failure, "failure");
        }
    }
}
