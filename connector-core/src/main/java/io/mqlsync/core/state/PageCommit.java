package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.WriteResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one written page leaves in the store, saved in one transaction: the checkpoint moves only with
 * the page's transitions and dead letters, so a crash leaves either all of them or none.
 *
 * @param position    the stream's new checkpoint; empty for a page that was not read from a stream
 *                    (dead letters retried by id)
 * @param transitions the transitions of the page's written changes (repeats are recorded once)
 * @param failures    the page's changes the CRM refused, to keep as dead letters
 * @param written     leads whose change was written: their dead letters, if any, are resolved
 * @param seen        the page's scored leads, kept as first seen when not seen before (the KPI report's
 *                    leads scored and time to MQL)
 * @param outcomes    the deals read for the page's SQL leads and when they were checked
 *                    ({@link OutcomeChecks}); none for a page without SQL leads
 */
public record PageCommit(Optional<StreamPosition> position, List<TransitionRecord> transitions,
                         List<FailedChange> failures, List<LeadId> written, List<LeadSeen> seen, OutcomeRead outcomes) {
    public PageCommit {
        Objects.requireNonNull(position, "position");
        transitions = List.copyOf(transitions);
        failures = List.copyOf(failures);
        written = List.copyOf(written);
        seen = List.copyOf(seen);
        Objects.requireNonNull(outcomes, "outcomes");
    }

    /** A page that records no lead as seen and read no outcomes. */
    public PageCommit(Optional<StreamPosition> position, List<TransitionRecord> transitions, List<FailedChange> failures,
                      List<LeadId> written) {
        this(position, transitions, failures, written, List.of());
    }

    /** A page that read no outcomes. */
    public PageCommit(Optional<StreamPosition> position, List<TransitionRecord> transitions, List<FailedChange> failures,
                      List<LeadId> written, List<LeadSeen> seen) {
        this(position, transitions, failures, written, seen, OutcomeRead.none());
    }

    /** This page with the deals read for its SQL leads. */
    public PageCommit withOutcomes(OutcomeRead read) {
        return new PageCommit(position, transitions, failures, written, seen, read);
    }

    /** A page read from {@code stream}, whose next read starts at {@code resumeAt}. */
    public static PageCommit read(ReadStream stream, Cursor resumeAt, long recordsDone, List<TransitionRecord> transitions,
                                  List<FailedChange> failures, List<LeadId> written) {
        return new PageCommit(Optional.of(new StreamPosition(stream, resumeAt, recordsDone)), transitions, failures, written);
    }

    /** A page of dead letters retried by id: no stream moves. */
    public static PageCommit retried(List<TransitionRecord> transitions, List<FailedChange> failures, List<LeadId> written) {
        return new PageCommit(Optional.empty(), transitions, failures, written);
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
