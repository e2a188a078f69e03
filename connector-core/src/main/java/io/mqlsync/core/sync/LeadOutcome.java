package io.mqlsync.core.sync;

import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.routing.Assignment;
import io.mqlsync.core.spi.SourceLead;
import java.util.Objects;
import java.util.Optional;

/**
 * What processing one lead came to: the decision (with the card it rests on), the owner chosen on a
 * handoff, and the minimal change to write (empty when the CRM already holds it all).
 */
public record LeadOutcome(SourceLead lead, Decision decision, Optional<Assignment> assignment, LeadChange change) {
    public LeadOutcome {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(change, "change");
    }
}
