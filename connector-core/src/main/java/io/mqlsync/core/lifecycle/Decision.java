package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lifecycle policy decided for one lead at one instant.
 *
 * @param status     the lead's status after the decision
 * @param transition the transition taken, if any
 * @param reason     the transition's reason code (recycle, disqualification, expiry), if any
 * @param history    the lifecycle history to write
 * @param card       the card the decision rests on and whose scores are written
 * @param baseline   the baseline {@code card} was scored with (the last recycle), for later rescoring
 * @param deadline   the next instant at which the lifecycle changes on its own, without new data (SLA
 *                   expiry, the end of a cooldown that holds back a qualifying lead)
 * @param input      what to do with the sales rejection input
 * @param scope      which properties may be written
 * @param problems   things to report about this lead (an unknown reason code); never personal data
 */
public record Decision(MqlStatus status, Optional<Transition> transition, Optional<ReasonCode> reason,
                       LeadHistory history, ScoreCard card, Optional<Instant> baseline, Optional<Instant> deadline,
                       RejectionInput input, WriteScope scope, List<String> problems) {
    public Decision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(scope, "scope");
        problems = List.copyOf(problems);
    }

    /** The same decision with another {@link #deadline()}. */
    public Decision withDeadline(Optional<Instant> next) {
        return new Decision(status, transition, reason, history, card, baseline, next, input, scope, problems);
    }

    /** Whether this decision hands the lead to sales: routing and the handoff task follow. */
    public boolean isHandoff() {
        return transition.filter(t -> t == Transition.QUALIFIED).isPresent();
    }

    /**
     * Which qualification of the lead this is, counting from 1: the first MQL transition is 1, the one
     * after the first recycle 2. Stable across re-runs, so it keys the handoff task's idempotency.
     */
    public int qualificationSequence() {
        return history.recycleCount() + 1;
    }
}
