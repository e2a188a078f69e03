package io.mqlsync.core.sync;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.state.Checkpoint;
import io.mqlsync.core.state.DeadLetter;
import io.mqlsync.core.state.OutcomeRead;
import io.mqlsync.core.state.ReadStream;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StreamPosition;
import io.mqlsync.core.state.TaskEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The reads of one run, page by page: settling what a crashed run left, dead letters due, and the read
 * streams with their checkpoints. Not thread-safe: one run.
 */
final class RunBody {
    private static final Logger LOG = LoggerFactory.getLogger(RunBody.class);

    private final CrmAdapter crm;
    private final StateStore store;
    private final Clock clock;
    private final PagePipeline pipeline;
    private final WriteMode mode;
    private final RunSettings settings;
    private final String holder;
    private int page;

    RunBody(CrmAdapter crm, StateStore store, Clock clock, PagePipeline pipeline, WriteMode mode, RunSettings settings,
            String holder) {
        this.crm = crm;
        this.store = store;
        this.clock = clock;
        this.pipeline = pipeline;
        this.mode = mode;
        this.settings = settings;
        this.holder = holder;
    }

    /** Pending tasks and dead letters due, then changed records, then the decay sweep, then the outcome sweep. */
    void sync() {
        Instant started = clock.instant();
        recover(DeadLetterRetry.DUE);
        stream(ReadStream.INCREMENTAL, Long.MAX_VALUE, (after, size) -> crm.leads().changed(after, size));
        Instant now = clock.instant();
        stream(ReadStream.RESCORE_SWEEP, Long.MAX_VALUE, (after, size) -> crm.leads().dueForRescore(now, after, size));
        // a sweep that ran to its end starts from the beginning next time: other leads fall due by then
        store.checkpoints().clear(ReadStream.RESCORE_SWEEP);
        sweepOutcomes(started);
    }

    /**
     * Reads again the deals of SQL leads whose deals were not all closed, the longest unchecked first, a
     * page of leads per call, up to the run's limit: an opportunity can close without its lead record
     * changing (on Salesforce it always does), so the incremental stream alone would never see it. Leads
     * this run already checked are skipped. Each batch is saved in its own transaction.
     */
    private void sweepOutcomes(Instant started) {
        int left = settings.outcomeSweepLimit();
        while (left > 0) {
            renewLease();
            List<LeadId> due = store.outcomeChecks().due(started, Math.min(SyncEngine.PAGE_SIZE, left));
            if (due.isEmpty()) {
                return;
            }
            OutcomeRead read = pipeline.outcomes().read(due, clock.instant());
            if (read.isEmpty()) {
                return;
            }
            store.outcomeChecks().record(read);
            LOG.info("outcome sweep: {} SQL leads checked, {} deals read", due.size(), read.deals().size());
            left -= due.size();
        }
    }

    /** Every record (or those the options select), from the last backfill checkpoint when resuming. */
    void backfill(BackfillOptions options) {
        if (mode == WriteMode.LIVE) {
            recover(DeadLetterRetry.NONE);
            if (!options.resume()) {
                store.checkpoints().clear(ReadStream.BACKFILL);
            }
        }
        long limit = options.limit().orElse(Long.MAX_VALUE);
        boolean finished = stream(ReadStream.BACKFILL, limit,
                (after, size) -> crm.leads().all(after, options.since(), size));
        if (finished && mode == WriteMode.LIVE) {
            // nothing is left to resume: a later --resume starts a full backfill
            store.checkpoints().clear(ReadStream.BACKFILL);
        }
    }

    /**
     * Settles tasks a crashed run left pending and, for a sync, retries dead letters due: each lead is
     * read again by id and planned afresh (the CRM may have moved on), never replayed.
     */
    private void recover(DeadLetterRetry deadLetters) {
        if (mode == WriteMode.DRY_RUN) {
            return;
        }
        List<TaskEntry> unconfirmed = pipeline.ledger().settlePending(crm.sink());
        Set<LeadId> seen = new HashSet<>();
        Set<LeadId> again = new LinkedHashSet<>();
        unconfirmed.forEach(e -> again.add(e.lead()));
        while (!again.isEmpty() || deadLetters == DeadLetterRetry.DUE) {
            stopIfRequested();
            if (deadLetters == DeadLetterRetry.DUE) {
                // each lead is retried once per run: one that failed again is due later anyway
                store.deadLetters().due(SyncEngine.PAGE_SIZE).stream().map(DeadLetter::lead).filter(l -> !seen.contains(l))
                        .forEach(again::add);
            }
            if (again.isEmpty()) {
                return;
            }
            List<LeadId> batch = again.stream().limit(SyncEngine.PAGE_SIZE).toList();
            List<SourceLead> leads = reread(batch);
            PageReport report = page(() -> pipeline.run(leads, clock.instant(), Optional.empty(), page));
            discardUnowed(unconfirmed, batch, report);
            seen.addAll(batch);
            batch.forEach(again::remove);
        }
    }

    /** Pending tasks the CRM does not have and whose lead's fresh plan no longer asks for them. */
    private void discardUnowed(List<TaskEntry> unconfirmed, List<LeadId> batch, PageReport report) {
        for (TaskEntry entry : unconfirmed) {
            boolean stillOwed = entry.idempotencyKey().equals(report.plannedTasks().get(entry.lead().value()));
            if (batch.contains(entry.lead()) && !stillOwed) {
                pipeline.ledger().discard(entry);
            }
        }
    }

    /** Whether a run retries the dead letters due: a sync does, a backfill leaves them to the next sync. */
    private enum DeadLetterRetry {
        DUE,
        NONE
    }

    /** The leads as the CRM holds them now; one it no longer has is forgotten. */
    private List<SourceLead> reread(List<LeadId> ids) {
        List<SourceLead> leads = new ArrayList<>();
        for (LeadId id : ids) {
            Optional<SourceLead> lead = crm.leads().get(id);
            if (lead.isPresent()) {
                leads.add(lead.get());
            } else {
                LOG.info("lead {}: no longer in the CRM; its dead letter is dropped", id);
                store.deadLetters().resolve(id);
            }
        }
        return leads;
    }

    /**
     * Reads the stream page by page from its checkpoint, each page committed with its new position.
     *
     * @param limit the most records to read in this run
     * @return whether the stream was read to its end
     */
    private boolean stream(ReadStream stream, long limit, BiFunction<Optional<Cursor>, Integer, LeadPage> read) {
        Optional<Checkpoint> checkpoint = store.checkpoints().find(stream);
        long done = checkpoint.map(Checkpoint::recordsDone).orElse(0L);
        long readHere = 0;
        try (PageReader reader = new PageReader(store.instance(), read)) {
            Future<LeadPage> next = reader.fetch(checkpoint.map(Checkpoint::cursor), pageSize(limit, readHere));
            while (true) {
                stopIfRequested();
                renewLease();
                LeadPage leads = reader.await(next);
                readHere += leads.leads().size();
                boolean more = leads.hasMore() && readHere < limit;
                if (more) {
                    // the next page is read while this one is planned and written; it is checkpointed after it
                    next = reader.fetch(Optional.of(leads.resumeAt()), pageSize(limit, readHere));
                }
                done += leads.leads().size();
                StreamPosition position = new StreamPosition(stream, leads.resumeAt(), done);
                page(() -> pipeline.run(leads.leads(), clock.instant(), Optional.of(position), page));
                if (!more) {
                    return !leads.hasMore();
                }
            }
        }
    }

    private static int pageSize(long limit, long readSoFar) {
        return (int) Math.min(SyncEngine.PAGE_SIZE, limit - readSoFar);
    }

    private PageReport page(java.util.function.Supplier<PageReport> work) {
        page++;
        try (MDC.MDCCloseable p = MDC.putCloseable("page", Integer.toString(page))) {
            PageReport report = work.get();
            settings.listener().pageDone(settings.tally().recordsRead());
            LOG.info("page {}: {} read, {} changed, {} kept for retry", page, report.read(), report.changed(), report.failed());
            return report;
        }
    }

    /** Between pages: everything before is committed, so stopping here leaves a consistent checkpoint. */
    private void stopIfRequested() {
        if (settings.control().stop().stopRequested()) {
            throw new StopRequested();
        }
    }

    private void renewLease() {
        if (mode == WriteMode.LIVE && !store.lease().renew(holder, settings.control().leaseTtl())) {
            throw new InstanceBusyException("instance " + store.instance() + ": another run took the lease over; stopped");
        }
    }
}
