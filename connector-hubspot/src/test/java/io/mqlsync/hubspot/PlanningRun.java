package io.mqlsync.hubspot;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.lifecycle.ReasonRule;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.ChangePlanner;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.NextRescore;
import io.mqlsync.core.planning.PlanRequest;
import io.mqlsync.core.planning.PlannerSettings;
import io.mqlsync.core.planning.SubjectTemplate;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.WriteResult;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read, score, decide, plan and write, page by page, with core's real scorer, lifecycle policy and change
 * planner on what the adapter reads back: what the engine does, without its state store.
 */
final class PlanningRun {
    private final Scorer scorer;
    private final LifecyclePolicy lifecycle;
    private final ChangePlanner planner;

    /** Per page of a backfill: what the batch sizes make the least number of calls. */
    record Totals(int pages, int minimumCalls, int changes, int tasks, int failed) {
    }

    PlanningRun(Path model) {
        ScoringModel scoring = new ModelLoader().load(model);
        LifecycleConfig config = new LifecycleConfig(Optional.empty(), Optional.empty(),
                CrmValues.of("marketingqualifiedlead", "NEW"), CrmValues.of("lead", "UNQUALIFIED"), CrmValues.none(),
                Duration.ofDays(14), Duration.ofDays(30), 3, Optional.empty(),
                Map.of(new ReasonCode("timing"), ReasonRule.recycle(), new ReasonCode("competitor"), ReasonRule.disqualify()),
                List.of("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer",
                        "evangelist", "other"));
        this.scorer = new Scorer(scoring);
        this.lifecycle = new LifecyclePolicy(config);
        this.planner = new ChangePlanner(new PlannerSettings("test", WriteBackConfig.defaults(),
                new TasksConfig(true, Duration.ofHours(4), Optional.empty(), TaskPriority.HIGH, SubjectTemplate.of("New MQL")),
                config, Optional.empty()), new NextRescore(scoring));
    }

    /** A backfill over every contact at {@code now}, {@code pageSize} a page. */
    Totals backfill(CrmAdapter adapter, Instant now, int pageSize) {
        Optional<Cursor> cursor = Optional.empty();
        int pages = 0;
        int minimum = 0;
        int changes = 0;
        int tasks = 0;
        int failed = 0;
        while (true) {
            LeadPage page = adapter.leads().all(cursor, Optional.empty(), pageSize);
            pages++;
            minimum++;
            List<LeadChange> planned = plan(adapter, page.leads(), now);
            if (!planned.isEmpty()) {
                List<WriteResult> results = adapter.sink().write(planned);
                failed += (int) results.stream().filter(r -> !r.isWritten()).count();
            }
            int pageTasks = (int) planned.stream().filter(c -> c.task().isPresent()).count();
            long clears = planned.stream().filter(c -> c.stageMove() == LeadChange.StageMove.CLEAR_FIRST).count();
            minimum += batches(planned.size()) + batches((int) clears) + batches(pageTasks);
            changes += planned.size();
            tasks += pageTasks;
            cursor = Optional.of(page.resumeAt());
            if (!page.hasMore()) {
                return new Totals(pages, minimum, changes, tasks, failed);
            }
        }
    }

    /** What one incremental run read and wrote. */
    record Sync(List<String> read, List<LeadChange> written, Cursor resumeAt) {
    }

    /** An incremental run from {@code after} until the read catches up, planning and writing each page. */
    Sync sync(CrmAdapter adapter, Optional<Cursor> after, Instant now) {
        List<String> read = new ArrayList<>();
        List<LeadChange> written = new ArrayList<>();
        Optional<Cursor> cursor = after;
        while (true) {
            LeadPage page = adapter.leads().changed(cursor, 200);
            page.leads().forEach(l -> read.add(l.record().id().value()));
            List<LeadChange> planned = plan(adapter, page.leads(), now);
            if (!planned.isEmpty()) {
                adapter.sink().write(planned);
                written.addAll(planned);
            }
            cursor = Optional.of(page.resumeAt());
            if (!page.hasMore()) {
                return new Sync(read, written, page.resumeAt());
            }
        }
    }

    /** The non-empty changes of a page. */
    List<LeadChange> plan(CrmAdapter adapter, List<SourceLead> leads, Instant now) {
        Engagement engagement = adapter.engagement().eventsFor(leads, now);
        List<LeadChange> changes = new ArrayList<>();
        for (SourceLead lead : leads) {
            List<Event> events = engagement.of(lead.record().id());
            CardSource cards = (at, baseline) -> scorer.score(lead.record(), events, at, baseline);
            Decision decision = lifecycle.decide(lead.record(), lead.snapshot(), cards, now);
            LeadChange change = planner.plan(new PlanRequest(lead.record(), lead.snapshot(), decision, Optional.empty(),
                    events, cards, now));
            if (!change.isEmpty()) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static int batches(int items) {
        return (items + 99) / 100;
    }
}
