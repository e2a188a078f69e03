package io.mqlsync.core.planning;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.routing.Assignment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about one lead when its change is planned.
 *
 * @param record     the lead's fields
 * @param snapshot   its CRM state, which the plan diffs against
 * @param decision   the lifecycle decision
 * @param assignment the routing result, present on a handoff
 * @param events     the lead's events, for the handoff packet
 * @param cards      scores the lead, for the next rescore
 * @param now        the instant of the run
 */
public record PlanRequest(LeadRecord record, LeadSnapshot snapshot, Decision decision, Optional<Assignment> assignment,
                          List<Event> events, CardSource cards, Instant now) {
    public PlanRequest {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(assignment, "assignment");
        events = List.copyOf(events);
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(now, "now");
        if (!record.id().equals(snapshot.lead())) {
            throw new IllegalArgumentException("record and snapshot must be the same lead");
        }
    }
}
