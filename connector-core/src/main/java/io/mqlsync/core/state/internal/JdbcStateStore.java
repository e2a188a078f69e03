package io.mqlsync.core.state.internal;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.routing.RoundRobinPositions;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.state.Checkpoints;
import io.mqlsync.core.state.DeadLetterBackoff;
import io.mqlsync.core.state.DeadLetters;
import io.mqlsync.core.state.DealHistory;
import io.mqlsync.core.state.InstanceLease;
import io.mqlsync.core.state.LeadsSeen;
import io.mqlsync.core.state.OutcomeChecks;
import io.mqlsync.core.state.PageCommit;
import io.mqlsync.core.state.PageCommitted;
import io.mqlsync.core.state.RunLog;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StreamPosition;
import io.mqlsync.core.state.TaskLedger;
import io.mqlsync.core.state.TransitionHistory;
import io.mqlsync.core.state.TransitionRecord;
import java.time.Clock;
import java.util.Objects;

/** One instance's {@link StateStore} on the JDBC tables. */
public final class JdbcStateStore implements StateStore {
    private final InstanceSql sql;
    private final JdbcCheckpoints checkpoints;
    private final JdbcRunLog runs;
    private final JdbcTransitionHistory transitions;
    private final JdbcDealHistory deals;
    private final JdbcLeadsSeen leadsSeen;
    private final JdbcOutcomeChecks outcomeChecks;
    private final JdbcEngagementArchive engagementArchive;
    private final JdbcTaskLedger tasks;
    private final JdbcRoundRobin roundRobin;
    private final JdbcDeadLetters deadLetters;
    private final JdbcLease lease;

    public JdbcStateStore(String instance, SqlRunner runner, Clock clock, DeadLetterBackoff backoff) {
        this.sql = new InstanceSql(Objects.requireNonNull(runner, "runner"), Objects.requireNonNull(instance, "instance"),
                Objects.requireNonNull(clock, "clock"));
        this.checkpoints = new JdbcCheckpoints(sql);
        this.runs = new JdbcRunLog(sql);
        this.transitions = new JdbcTransitionHistory(sql);
        this.deals = new JdbcDealHistory(sql);
        this.leadsSeen = new JdbcLeadsSeen(sql);
        this.outcomeChecks = new JdbcOutcomeChecks(sql, deals);
        this.engagementArchive = new JdbcEngagementArchive(sql);
        this.tasks = new JdbcTaskLedger(sql);
        this.roundRobin = new JdbcRoundRobin(sql);
        this.deadLetters = new JdbcDeadLetters(sql, Objects.requireNonNull(backoff, "backoff"));
        this.lease = new JdbcLease(sql);
    }

    @Override
    public String instance() {
        return sql.instance();
    }

    @Override
    public Checkpoints checkpoints() {
        return checkpoints;
    }

    @Override
    public RunLog runs() {
        return runs;
    }

    @Override
    public TransitionHistory transitions() {
        return transitions;
    }

    @Override
    public DealHistory deals() {
        return deals;
    }

    @Override
    public LeadsSeen leadsSeen() {
        return leadsSeen;
    }

    @Override
    public OutcomeChecks outcomeChecks() {
        return outcomeChecks;
    }

    @Override
    public EngagementArchive engagementArchive() {
        return engagementArchive;
    }

    @Override
    public TaskLedger tasks() {
        return tasks;
    }

    @Override
    public RoundRobinPositions roundRobin() {
        return roundRobin;
    }

    @Override
    public DeadLetters deadLetters() {
        return deadLetters;
    }

    @Override
    public InstanceLease lease() {
        return lease;
    }

    @Override
    public PageCommitted commitPage(PageCommit page) {
        Objects.requireNonNull(page, "page");
        return sql.write("commitPage", c -> {
            int recorded = 0;
            for (TransitionRecord transition : page.transitions()) {
                recorded += transitions.record(c, transition) ? 1 : 0;
            }
            for (PageCommit.FailedChange failed : page.failures()) {
                deadLetters.recordFailure(c, failed.change(), failed.failure());
            }
            int resolved = 0;
            for (LeadId lead : page.written()) {
                resolved += deadLetters.resolve(c, lead) ? 1 : 0;
            }
            leadsSeen.record(c, page.seen());
            outcomeChecks.record(c, page.outcomes());
            if (page.position().isPresent()) {
                StreamPosition position = page.position().get();
                checkpoints.save(c, position.stream(), position.resumeAt(), position.recordsDone());
            }
            return new PageCommitted(recorded, page.failures().size(), resolved);
        });
    }

    @Override
    public String toString() {
        return "JdbcStateStore[" + sql.instance() + "]";
    }
}
