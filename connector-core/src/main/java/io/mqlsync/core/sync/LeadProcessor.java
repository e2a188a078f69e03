package io.mqlsync.core.sync;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.ChangePlanner;
import io.mqlsync.core.planning.PlanRequest;
import io.mqlsync.core.routing.Assignment;
import io.mqlsync.core.routing.OpenMqls;
import io.mqlsync.core.routing.Router;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.spi.SourceLead;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes one lead from what the CRM holds to the minimal change: score, lifecycle decision, routing on a
 * handoff, change plan. Does no I/O itself; the round-robin turn it takes on a handoff is persisted by
 * the router's port. Not thread-safe (the router's turn order).
 */
public final class LeadProcessor {
    private final Scorer scorer;
    private final LifecyclePolicy policy;
    private final Router router;
    private final ChangePlanner planner;

    public LeadProcessor(Scorer scorer, LifecyclePolicy policy, Router router, ChangePlanner planner) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.router = Objects.requireNonNull(router, "router");
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * @param events  the lead's events; never null
     * @param now     the run's instant
     * @param load    open MQLs per owner, for least-loaded routing
     * @param pending owners already chosen for handoffs a crashed run began
     */
    public LeadOutcome process(SourceLead lead, List<Event> events, Instant now, OpenMqls load, PendingHandoffs pending) {
        LeadRecord record = lead.record();
        CardSource cards = (at, baseline) -> scorer.score(record, events, at, baseline);
        Decision decision = policy.decide(record, lead.snapshot(), cards, now);
        Optional<Assignment> assignment = decision.isHandoff()
                ? Optional.of(assign(lead, decision, load, pending))
                : Optional.empty();
        return new LeadOutcome(lead, decision, assignment,
                planner.plan(new PlanRequest(record, lead.snapshot(), decision, assignment, events, cards, now)));
    }

    private Assignment assign(SourceLead lead, Decision decision, OpenMqls load, PendingHandoffs pending) {
        Optional<OwnerId> resumed = pending.ownerOf(lead.record().id(), decision.qualificationSequence());
        if (resumed.isPresent()) {
            return new Assignment(resumed, Assignment.How.RESUMED, List.of());
        }
        return router.route(lead.record().id(), lead.record().fields(), lead.snapshot().crm(), load);
    }
}
