package io.mqlsync.core.sync;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.LeadSeen;
import io.mqlsync.core.state.OutcomeRead;
import io.mqlsync.core.state.PageCommit;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreException;
import io.mqlsync.core.state.StreamPosition;
import io.mqlsync.core.state.TransitionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page from read to checkpoint: engagement, process each lead, reserve handoff tasks, read the deals
 * of the leads decided SQL, write, mark the tasks the write created, then commit the page's transitions,
 * deals, dead letters and checkpoint in one transaction. A crash anywhere before the commit leaves the checkpoint where it was, so the page is
 * read and planned again; the CRM's snapshot then holds what was written, and the task ledger keeps a
 * task from being created twice. In a dry run it plans and writes nothing, and reads no deals. Not thread-safe.
 */
final class PagePipeline {
    private static final Logger LOG = LoggerFactory.getLogger(PagePipeline.class);
    /** Code of a dead letter for a record mqlsync could not process (garbage values, a bug). */
    static final String UNPROCESSABLE = "UNPROCESSABLE";

    private final CrmAdapter crm;
    private final StateStore store;
    private final LeadProcessor processor;
    private final HandoffLedger ledger;
    private final WriteMode mode;
    private final PipelineHook hook;
    private final RunListener listener;
    private final RunTally tally;
    private final OutcomeReader outcomeReader;
    private final OpenHandoffs load;

    /** @param load the open MQLs per owner at the start of the run, for least-loaded routing */
    PagePipeline(CrmAdapter crm, StateStore store, LeadProcessor processor, WriteMode mode, RunSettings run,
                 OpenHandoffs load) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.ledger = new HandoffLedger(store.instance(), store.tasks());
        this.mode = Objects.requireNonNull(mode, "mode");
        this.hook = run.hook();
        this.listener = run.listener();
        this.tally = run.tally();
        this.outcomeReader = new OutcomeReader(crm.outcomes(), tally);
        this.load = Objects.requireNonNull(load, "load");
    }

    HandoffLedger ledger() {
        return ledger;
    }

    /** The run's reader of deals, shared with the outcome sweep so a refusal stops both. */
    OutcomeReader outcomes() {
        return outcomeReader;
    }

    /**
     * @param position the stream's checkpoint after this page; empty for leads re-read by id
     * @param page     the page's number in the run, from 1
     */
    PageReport run(List<SourceLead> leads, Instant now, Optional<StreamPosition> position, int page) {
        tally.read(leads.size());
        hook.reached(PipelineStep.READ, page);
        Engagement engagement = leads.isEmpty() ? Engagement.none() : crm.engagement().eventsFor(leads, now);
        List<LeadOutcome> outcomes = new ArrayList<>();
        List<PageCommit.FailedChange> failures = new ArrayList<>();
        List<LeadChange> changes = new ArrayList<>();
        for (SourceLead lead : leads) {
            Optional<LeadOutcome> outcome = process(lead, engagement, now);
            if (outcome.isEmpty()) {
                failures.add(unprocessable(lead.record().id()));
            } else {
                outcomes.add(outcome.get());
                // reserved at once, before the next lead takes a round-robin turn: a crash after this
                // point re-plans the lead with the same owner
                toWrite(outcome.get().change()).ifPresent(changes::add);
            }
        }
        hook.reached(PipelineStep.RESERVED, page);
        if (mode == WriteMode.DRY_RUN) {
            return planOnly(leads, outcomes, failures);
        }
        // deals are read before the write and committed with the page: a crash in between reads them again
        OutcomeRead deals = outcomeReader.read(sqlLeads(outcomes), now);
        return write(leads.size(), outcomes, changes, failures, position, page, deals);
    }

    /** The leads decided SQL: the only ones that can have a deal worth reading. */
    private static List<LeadId> sqlLeads(List<LeadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.decision().status() == MqlStatus.SQL).map(o -> o.lead().record().id()).toList();
    }

    private static Map<String, String> plannedTasks(List<LeadOutcome> outcomes) {
        Map<String, String> planned = new HashMap<>();
        outcomes.forEach(o -> o.change().task().ifPresent(t -> planned.put(o.lead().record().id().value(), t.idempotencyKey())));
        return planned;
    }

    private Optional<LeadChange> toWrite(LeadChange planned) {
        if (planned.isEmpty() || mode == WriteMode.DRY_RUN) {
            return Optional.of(planned).filter(c -> !c.isEmpty());
        }
        return Optional.of(ledger.reserve(planned)).filter(c -> !c.isEmpty());
    }

    private PageReport write(int read, List<LeadOutcome> outcomes, List<LeadChange> changes,
                             List<PageCommit.FailedChange> failures, Optional<StreamPosition> position, int page,
                             OutcomeRead deals) {
        List<WriteResult> results = changes.isEmpty() ? List.of() : crm.sink().write(changes);
        if (results.size() != changes.size()) {
            throw new IllegalStateException("the sink returned " + results.size() + " results for " + changes.size() + " changes");
        }
        hook.reached(PipelineStep.WRITTEN, page);
        Map<LeadId, Boolean> writtenByLead = new HashMap<>();
        List<LeadId> written = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LeadChange change = changes.get(i);
            WriteResult result = results.get(i);
            writtenByLead.put(change.lead(), result.isWritten());
            if (result.isWritten()) {
                written.add(change.lead());
                tally.changed();
                markTask(change, result);
            } else {
                WriteResult.Failure failure = result.failure().orElseThrow();
                failures.add(new PageCommit.FailedChange(change, failure));
                tally.deadLettered("lead " + change.lead() + ": write refused: " + failure.code());
                LOG.warn("lead {}: write refused ({}), kept for retry", change.lead(), failure.code());
            }
        }
        hook.reached(PipelineStep.TASKS_MARKED, page);
        // a lead with nothing left to write holds its plan already: a dead letter it had is settled too
        outcomes.stream().map(o -> o.lead().record().id()).filter(lead -> !writtenByLead.containsKey(lead)).forEach(written::add);
        List<TransitionRecord> transitions = transitions(outcomes, writtenByLead);
        store.commitPage(new PageCommit(position, transitions, failures, written, seen(outcomes), deals));
        hook.reached(PipelineStep.COMMITTED, page);
        return new PageReport(read, changes.size() - (int) writtenByLead.values().stream().filter(w -> !w).count(),
                failures.size(), plannedTasks(outcomes));
    }

    private void markTask(LeadChange change, WriteResult result) {
        Optional<HandoffTask> task = change.task();
        if (task.isPresent() && result.taskId().isPresent() && ledger.markCreated(task.get().idempotencyKey(), result.taskId().get(),
                result.assignedOwner())) {
            tally.taskCreated();
        }
    }

    /** The transitions that now hold in the CRM: their change was written, or there was nothing to write. */
    private List<TransitionRecord> transitions(List<LeadOutcome> outcomes, Map<LeadId, Boolean> writtenByLead) {
        List<TransitionRecord> records = new ArrayList<>();
        for (LeadOutcome outcome : outcomes) {
            LeadId lead = outcome.lead().record().id();
            if (outcome.decision().transition().isPresent() && writtenByLead.getOrDefault(lead, Boolean.TRUE)) {
                tally.transition(outcome.decision().transition().get());
                records.add(TransitionRecord.of(lead, outcome.lead().snapshot().status(), outcome.decision(),
                        Attribution.of(outcome.lead().record().fields())));
            }
        }
        return records;
    }

    /** Every scored lead of the page, as seen at its card's instant: the store keeps only first sightings. */
    private static List<LeadSeen> seen(List<LeadOutcome> outcomes) {
        return outcomes.stream().map(o -> new LeadSeen(o.lead().record().id(), o.decision().card().at(),
                Attribution.of(o.lead().record().fields()))).toList();
    }

    private PageReport planOnly(List<SourceLead> leads, List<LeadOutcome> outcomes, List<PageCommit.FailedChange> failures) {
        int changed = 0;
        for (LeadOutcome outcome : outcomes) {
            outcome.decision().transition().ifPresent(tally::transition);
            if (!outcome.change().isEmpty()) {
                changed++;
                tally.changed();
                listener.planned(outcome.change());
            }
        }
        failures.forEach(f -> tally.deadLettered("lead " + f.change().lead() + ": " + f.failure().code()));
        return new PageReport(leads.size(), changed, failures.size(), plannedTasks(outcomes));
    }

    /**
     * Processes one lead; empty when it cannot be processed. One bad record must never stop the run: it
     * is logged by id, kept as a dead letter and retried, and the page goes on. The state store failing
     * is not a bad record and stops the run.
     */
    private Optional<LeadOutcome> process(SourceLead lead, Engagement engagement, Instant now) {
        try {
            LeadOutcome outcome = processor.process(lead, engagement.of(lead.record().id()), now, load.current(), ledger);
            load.follow(outcome);
            tally.scored();
            outcome.decision().problems().forEach(p -> LOG.warn("lead {}: {}", lead.record().id(), p));
            outcome.assignment().ifPresent(a -> a.problems().forEach(p -> LOG.warn("{}", p)));
            return Optional.of(outcome);
        } catch (StateStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("lead {}: could not be processed ({}); kept for retry", lead.record().id(), e.getClass().getSimpleName());
            LOG.debug("lead {}: processing failed", lead.record().id(), e);
            return Optional.empty();
        }
    }

    private PageCommit.FailedChange unprocessable(LeadId lead) {
        WriteResult.Failure failure = new WriteResult.Failure(UNPROCESSABLE, "the record could not be processed");
        if (mode == WriteMode.LIVE) {
            tally.deadLettered("lead " + lead + ": " + UNPROCESSABLE);
        }
        return new PageCommit.FailedChange(LeadChange.none(lead), failure);
    }
}
