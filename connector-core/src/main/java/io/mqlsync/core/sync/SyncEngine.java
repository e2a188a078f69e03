package io.mqlsync.core.sync;

import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.TransientCrmException;
import io.mqlsync.core.state.Lease;
import io.mqlsync.core.state.LeaseHolder;
import io.mqlsync.core.state.RunMode;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.RunSummary;
import io.mqlsync.core.state.StateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Keeps one CRM instance in step with its model: an incremental {@link #sync()} (tasks a crashed run
 * left pending, dead letters due, records changed since the cursor, the decay sweep, the outcome sweep of
 * SQL leads whose deals are still open) and a resumable
 * {@link #backfill}. Each page is read, planned, written and checkpointed before the cursor moves
 * (at-least-once, idempotent writes); see {@link PagePipeline}.
 *
 * <p>A run takes the instance's lease first (a second concurrent run is refused with
 * {@link InstanceBusyException}), records itself in the run log (marking runs a crash left running as
 * interrupted), and ends with a {@link RunRecord} whose summary is stored. The CRM's API budget running
 * out stops the run cleanly after its last committed page ({@link RunOutcome#BUDGET_EXHAUSTED}); a
 * transient failure the call policy gave up on stops it with the checkpoint before the failed page
 * ({@link RunOutcome#FAILED}); other failures (authentication, the state store) are recorded and thrown.
 * An {@link Error} leaves the run as a crash would: lease held until it expires, run left running. The
 * lease is renewed on a thread of the engine's while the run lasts ({@link RunControl#leaseTtl()}), and a
 * run asked to stop ({@link RunControl#stop()}) ends between pages as {@link RunOutcome#STOPPED}.
 *
 * <p>Not thread-safe: one run at a time per engine, on the caller's thread.
 */
public final class SyncEngine {
    /** Records per read; HubSpot's batch limit, and within Salesforce's. */
    public static final int PAGE_SIZE = 100;
    /**
     * The most SQL leads whose deals the outcome sweep of one incremental run revisits by default: ten
     * pages, so the sweep costs at most a few dozen calls a run and a portal's open deals are all
     * revisited within days.
     */
    public static final int OUTCOME_SWEEP_LIMIT = 1_000;
    /**
     * How long a run's lease lasts without renewal, unless {@link RunControl} says otherwise; renewed
     * every third of it while the run lives, so a crashed run blocks the instance this long at most.
     */
    public static final Duration LEASE_TTL = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final InstanceConfig config;
    private final CrmAdapter crm;
    private final StateStore store;
    private final Clock clock;
    private final CallCounts calls;
    private final PipelineHook hook;
    private final int outcomeSweepLimit;

    /**
     * @param calls the instance's call counts (the same its call policy reports to): API calls by kind
     *              in each run's summary
     */
    public SyncEngine(InstanceConfig config, CrmAdapter crm, StateStore store, Clock clock, CallCounts calls) {
        this(config, crm, store, clock, calls, PipelineHook.none());
    }

    /** With a hook that hears every step of every page (crash injection in tests). */
    public SyncEngine(InstanceConfig config, CrmAdapter crm, StateStore store, Clock clock, CallCounts calls,
                      PipelineHook hook) {
        this(config, crm, store, clock, calls, hook, OUTCOME_SWEEP_LIMIT);
    }

    private SyncEngine(InstanceConfig config, CrmAdapter crm, StateStore store, Clock clock, CallCounts calls,
                       PipelineHook hook, int outcomeSweepLimit) {
        if (outcomeSweepLimit < 0) {
            throw new IllegalArgumentException("the outcome sweep limit must not be negative");
        }
        this.outcomeSweepLimit = outcomeSweepLimit;
        this.config = Objects.requireNonNull(config, "config");
        this.crm = Objects.requireNonNull(crm, "crm");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * This engine with another limit on the SQL leads whose deals the outcome sweep revisits per
     * incremental run (default {@value #OUTCOME_SWEEP_LIMIT}; 0 turns the sweep off).
     */
    public SyncEngine withOutcomeSweepLimit(int limit) {
        return new SyncEngine(config, crm, store, clock, calls, hook, limit);
    }

    /** One incremental run now. */
    public RunRecord sync() {
        return sync(RunControl.DEFAULT);
    }

    /**
     * One incremental run now, stopped between pages when {@code control} asks (outcome
     * {@link RunOutcome#STOPPED}), with its lease's time to live.
     */
    public RunRecord sync(RunControl control) {
        Objects.requireNonNull(control, "control");
        return run(RunMode.SYNC, WriteMode.LIVE, RunListener.none(), control, RunBody::sync);
    }

    /** A backfill of every record (or those {@code options} select). */
    public RunRecord backfill(BackfillOptions options, RunListener listener) {
        Objects.requireNonNull(options, "options");
        RunMode mode = options.mode() == WriteMode.DRY_RUN ? RunMode.DRY_RUN : RunMode.BACKFILL;
        return run(mode, options.mode(), listener, RunControl.DEFAULT, body -> body.backfill(options));
    }

    private RunRecord run(RunMode mode, WriteMode writeMode, RunListener listener, RunControl control,
                          Consumer<RunBody> work) {
        String holder = LeaseHolder.newRun().value();
        if (store.lease().acquire(holder, control.leaseTtl()).isEmpty() && !takeOverFromDeadRun(holder, control.leaseTtl())) {
            throw new InstanceBusyException("instance " + config.instance() + ": another run holds the lease; not started");
        }
        RunRecord run = store.runs().start(mode);
        Map<CallKind, Long> callsBefore = callsByKind();
        RunTally tally = new RunTally();
        try (MDC.MDCCloseable i = MDC.putCloseable("instance", config.instance());
             MDC.MDCCloseable r = MDC.putCloseable("run", run.id().value())) {
            RunOutcome outcome;
            try (LeaseKeeper keeper = new LeaseKeeper(config.instance(), store.lease(), holder, control.leaseTtl())) {
                outcome = execute(writeMode, new RunSettings(hook, listener, tally, control, outcomeSweepLimit), holder, work);
            }
            RunRecord finished = store.runs().finish(run.id(), outcome, summary(tally, callsBefore));
            store.lease().release(holder);
            LOG.info("run {} {} {}: {} read, {} changed, {} MQLs, {} tasks, {} dead letters, {} deals read, {} API calls in {} ms",
                    run.id(), mode, outcome, tally.counts().read(), tally.counts().changed(), tally.counts().mqls(),
                    tally.counts().tasks(), tally.counts().deadLetters(), tally.dealsRead(), finished.summary().totalApiCalls(),
                    finished.duration().map(Duration::toMillis).orElse(0L));
            return finished;
        } catch (RuntimeException e) {
            tally.error("run stopped: " + e.getClass().getSimpleName());
            store.runs().finish(run.id(), RunOutcome.FAILED, summary(tally, callsBefore));
            store.lease().release(holder);
            throw e;
        }
    }

    /**
     * A run killed on this machine (kill -9, a crash) leaves its lease until it expires; its process being
     * gone, the lease is taken over at once, so that {@code backfill --resume} works right after.
     */
    private boolean takeOverFromDeadRun(String holder, Duration ttl) {
        Optional<Lease> current = store.lease().current();
        if (current.isEmpty() || !new LeaseHolder(current.get().holder()).isDeadProcessOnThisHost()) {
            return false;
        }
        boolean taken = store.lease().takeOver(current.get().holder(), holder, ttl).isPresent();
        if (taken) {
            LOG.warn("took over the lease of a run whose process {} on this machine is gone",
                    new LeaseHolder(current.get().holder()).pid().orElseThrow());
        }
        return taken;
    }

    private RunOutcome execute(WriteMode writeMode, RunSettings settings, String holder, Consumer<RunBody> work) {
        RunTally tally = settings.tally();
        try {
            ProcessorFactory factory = new ProcessorFactory(config, OwnerRosters.of(crm.owners().owners()));
            factory.warnings().forEach(w -> LOG.warn("{}", w));
            LeadProcessor processor = factory.processor(writeMode == WriteMode.LIVE ? store.roundRobin() : new DryRunPositions());
            OpenHandoffs load = OpenHandoffs.startOfRun(config.routing().strategy(), store.tasks());
            work.accept(new RunBody(crm, store, clock, new PagePipeline(crm, store, processor, writeMode, settings, load),
                    writeMode, settings, holder));
            return tally.deadLetters() > 0 ? RunOutcome.RECORDS_FAILED : RunOutcome.SUCCEEDED;
        } catch (StopRequested e) {
            LOG.info("stop requested; stopped after the last committed page");
            return RunOutcome.STOPPED;
        } catch (ApiBudgetExhaustedException e) {
            tally.error("API budget exhausted: " + e.getMessage());
            LOG.warn("the CRM's API budget is spent; stopped after the last committed page");
            return RunOutcome.BUDGET_EXHAUSTED;
        } catch (TransientCrmException e) {
            tally.error("CRM unavailable: " + e.getMessage());
            LOG.error("the CRM kept failing after retries; stopped with the checkpoint before the failed page: {}", e.getMessage());
            return RunOutcome.FAILED;
        }
    }

    private RunSummary summary(RunTally tally, Map<CallKind, Long> before) {
        Map<CallKind, Long> run = new EnumMap<>(CallKind.class);
        callsByKind().forEach((kind, count) -> run.put(kind, count - before.getOrDefault(kind, 0L)));
        return new RunSummary(tally.counts(), run, tally.errors());
    }

    private Map<CallKind, Long> callsByKind() {
        Map<CallKind, Long> counts = new EnumMap<>(CallKind.class);
        for (CallKind kind : CallKind.values()) {
            counts.put(kind, calls.attempts(kind));
        }
        return counts;
    }
}
