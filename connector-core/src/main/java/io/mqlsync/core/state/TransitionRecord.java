package io.mqlsync.core.state;

import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.Transition;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One lifecycle transition of one lead: a row of the history the KPI report and backtests read.
 *
 * @param lead        the CRM id of the lead
 * @param from        the status before
 * @param to          the status after
 * @param kind        the transition
 * @param reason      its reason code (recycle, disqualification, expiry), if any
 * @param score       score on the card the decision rested on
 * @param fit         fit on that card
 * @param intent      intent on that card
 * @param quadrant    quadrant on that card
 * @param attribution source, medium and campaign of the lead
 * @param model       the model's {@code name@version}
 * @param at          when the transition happened (the run's now)
 */
public record TransitionRecord(LeadId lead, MqlStatus from, MqlStatus to, Transition kind, Optional<ReasonCode> reason,
                               double score, double fit, double intent, Quadrant quadrant, Attribution attribution,
                               String model, Instant at) {
    public TransitionRecord {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(quadrant, "quadrant");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The record of a decision that took a transition, at the instant its card was scored.
     *
     * @param from the lead's status before the decision
     * @throws IllegalArgumentException when the decision took no transition
     */
    public static TransitionRecord of(LeadId lead, MqlStatus from, Decision decision, Attribution attribution) {
        Transition kind = decision.transition()
                .orElseThrow(() -> new IllegalArgumentException("lead " + lead + ": the decision took no transition"));
        ScoreCard card = decision.card();
        return new TransitionRecord(lead, from, decision.status(), kind, decision.reason(), card.score(), card.fit(),
                card.intent(), card.quadrant(), attribution, card.model(), card.at());
    }

    /**
     * Whether this is the same lifecycle step as {@code other} (lead, from, to, kind and reason), whatever
     * the scores and times: a CRM that re-reports a state (a converted Salesforce lead is SQL on every
     * read) must not add a row each time.
     */
    public boolean sameStepAs(TransitionRecord other) {
        return lead.equals(other.lead) && from == other.from && to == other.to && kind == other.kind
                && reason.equals(other.reason);
    }
}
