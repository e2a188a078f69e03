package io.mqlsync.core.state;

import java.util.List;
import java.util.Optional;

/** The runs of one instance: what each did, how long it took and how it ended. Thread-safe. */
public interface RunLog {
    /**
     * Records a new run as {@link RunOutcome#RUNNING}, at the clock's now. Runs of the instance still
     * marked running are marked {@link RunOutcome#INTERRUPTED}: the caller holds the instance's lease,
     * so they cannot be alive.
     *
     * @return the new run; never null
     */
    RunRecord start(RunMode mode);

    /**
     * Records the end of a run at the clock's now.
     *
     * @param outcome a final outcome ({@link RunOutcome#isFinal()})
     * @return the finished run
     * @throws IllegalArgumentException when the outcome is not final
     * @throws IllegalStateException    when the run is unknown or not running
     */
    RunRecord finish(RunId run, RunOutcome outcome, RunSummary summary);

    /** @return the run; empty when the instance has no such run */
    Optional<RunRecord> find(RunId run);

    /** @return up to {@code limit} runs, the latest started first; never null */
    List<RunRecord> recent(int limit);

    /** @return the latest run that ended {@link RunOutcome#SUCCEEDED}, for health checks */
    Optional<RunRecord> lastSucceeded();
}
