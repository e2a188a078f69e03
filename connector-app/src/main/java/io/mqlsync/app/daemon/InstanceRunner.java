package io.mqlsync.app.daemon;

import io.mqlsync.core.sync.RunControl;

/**
 * Runs one incremental sync of one instance now: opens what the run needs, runs it, closes it. The
 * daemon calls it on a scheduler thread, never twice at once for one instance on one worker.
 */
@FunctionalInterface
public interface InstanceRunner {
    /**
     * @param control when to stop (the daemon is shutting down) and how long the run's lease lasts
     * @return the finished run; never null
     * @throws io.mqlsync.core.sync.InstanceBusyException when another run of the instance holds its lease
     * @throws io.mqlsync.core.model.MqlsyncException     when the run could not start or was stopped by an
     *                                                    error (authentication, the state store)
     */
    InstanceRun run(RunControl control);
}
