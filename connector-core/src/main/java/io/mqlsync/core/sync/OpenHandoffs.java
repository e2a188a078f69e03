package io.mqlsync.core.sync;

import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.routing.OpenMqls;
import io.mqlsync.core.routing.RoutingStrategy;
import io.mqlsync.core.state.TaskLedger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The open MQLs per owner that {@code least-loaded} routing weighs, kept for one run: read once from the
 * state store when the run starts ({@link TaskLedger#openByOwner()}), then moved as the run decides: a
 * handoff adds one to its owner, a lead leaving MQL or SAL (recycled, disqualified, SQL) takes one from
 * the owner the CRM shows for it. Round-robin runs read nothing and weigh nothing. Not thread-safe: the
 * engine's thread only.
 */
final class OpenHandoffs {
    private final Map<OwnerId, Integer> counts;

    private OpenHandoffs(Map<OwnerId, Integer> counts) {
        this.counts = new HashMap<>(counts);
    }

    /** The counts a run of {@code strategy} starts with. */
    static OpenHandoffs startOfRun(RoutingStrategy strategy, TaskLedger ledger) {
        return new OpenHandoffs(strategy == RoutingStrategy.LEAST_LOADED ? ledger.openByOwner() : Map.of());
    }

    /** The counts as they stand, for routing the next lead. */
    OpenMqls current() {
        return new OpenMqls(counts);
    }

    /** Follows the decision just made for one lead, before the next lead is routed. */
    void follow(LeadOutcome outcome) {
        if (outcome.decision().isHandoff()) {
            outcome.assignment().flatMap(a -> a.owner()).ifPresent(owner -> counts.merge(owner, 1, Integer::sum));
        } else if (outcome.decision().transition().isPresent() && isOpen(outcome.lead().snapshot().status())
                && !isOpen(outcome.decision().status())) {
            Optional<OwnerId> owner = outcome.lead().snapshot().crm().owner();
            owner.ifPresent(o -> counts.computeIfPresent(o, (k, n) -> n > 1 ? n - 1 : null));
        }
    }

    private static boolean isOpen(MqlStatus status) {
        return status == MqlStatus.MQL || status == MqlStatus.SAL;
    }
}
