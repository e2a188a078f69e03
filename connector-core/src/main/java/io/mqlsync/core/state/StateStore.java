package io.mqlsync.core.state;

import io.mqlsync.core.routing.RoundRobinPositions;
import io.mqlsync.core.spi.EngagementArchive;

/**
 * Everything mqlsync remembers about one CRM instance between runs (DESIGN section 8): checkpoints,
 * the run log, the lifecycle transition history, the deals after handoff, the task ledger, round-robin
 * positions, dead letters and the instance lease. CRM-neutral: it holds CRM ids, never email addresses or secrets.
 *
 * <p>Obtained from {@link StateDatabase#forInstance(String)}; lives as long as its database. Every
 * method is thread-safe, runs in its own transaction (except {@link #commitPage}, which groups a page's
 * writes into one), takes its time from the database's injected clock, and throws
 * {@link StateStoreException} when the database fails.
 */
public interface StateStore {
    /** The instance this store belongs to. */
    String instance();

    /** Checkpoints per read stream. */
    Checkpoints checkpoints();

    /** The run log. */
    RunLog runs();

    /** The append-only transition history. */
    TransitionHistory transitions();

    /** The deals attached to leads, at their latest stage. */
    DealHistory deals();

    /** The leads scored so far, each with its first sighting. */
    LeadsSeen leadsSeen();
    /** When each SQL lead's deals were last read; which ones the outcome sweep revisits. */
    OutcomeChecks outcomeChecks();

    /** Engagement the adapter read in bulk, kept so later runs read only what is new. */
    EngagementArchive engagementArchive();

    /** The task ledger for exactly-once handoff tasks. */
    TaskLedger tasks();

    /** Round-robin positions per pool, atomic across workers. */
    RoundRobinPositions roundRobin();

    /** Changes kept for retry. */
    DeadLetters deadLetters();

    /** The lease that keeps runs of this instance from overlapping. */
    InstanceLease lease();

    /**
     * Saves a written page in one transaction: transitions, dead letters recorded and resolved, leads seen, then
     * the stream's checkpoint (if the page came from a stream). On failure nothing is saved and the page
     * is read again next time.
     *
     * @return what was saved; never null
     */
    PageCommitted commitPage(PageCommit page);
}
