package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.ReasonAction;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.scoring.Condition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides a lead's next MQL status from its CRM state and score card (DESIGN section 7). Pure and
 * stateless: the same snapshot, cards and instant always give the same decision. Thread-safe.
 *
 * <ul>
 *   <li>NONE or RECYCLED to MQL when the model qualifies the lead; after a recycle only events since the
 *       recycle count, and the lead waits out the cooldown unless a hand-raise rule fired since.</li>
 *   <li>MQL to SAL or SQL on the configured CRM signals; a converted record is SQL and never written. A
 *       lead the CRM already holds at SQL or beyond is SQL before it could ever be qualified.</li>
 *   <li>MQL or SAL to RECYCLED or DISQUALIFIED when sales sets a reason code; a recycle beyond
 *       {@code maxRecycles} disqualifies instead. An unknown code leaves the lead as it is and is reported.</li>
 *   <li>MQL to RECYCLED ({@code sla_expired}) at exactly {@code qualifiedAt + expireAfter}.</li>
 *   <li>NONE or RECYCLED to DISQUALIFIED ({@code model}) while {@code disqualifyIf} matches, lifted when
 *       it no longer does. Sales and {@code maxRecycles} disqualifications are terminal.</li>
 *   <li>MQL is sticky: decay never demotes a handed-off lead. SQL is frozen except the scores.</li>
 * </ul>
 */
public final class LifecyclePolicy {
    private final LifecycleConfig config;

    public LifecyclePolicy(LifecycleConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param record   the lead's fields, for the acceptance and SQL conditions
     * @param snapshot the lead's CRM state
     * @param cards    scores the lead
     * @param now      the instant of the decision; history times are written to the second
     * @return the decision; never null
     */
    public Decision decide(LeadRecord record, LeadSnapshot snapshot, CardSource cards, Instant now) {
        Step step = new Step(snapshot, snapshot.crm().onto(record.fields()), cards, now.truncatedTo(ChronoUnit.SECONDS));
        if (snapshot.crm().conversion() == CrmState.Conversion.CONVERTED) {
            return step.converted();
        }
        return switch (snapshot.status()) {
            case SQL -> step.stay(WriteScope.SCORES_ONLY);
            case MQL, SAL -> handedOff(step);
            case DISQUALIFIED -> isModelDisqualification(snapshot) ? notHandedOff(step) : terminal(step);
            case NONE, RECYCLED -> notHandedOff(step);
        };
    }

    private Decision handedOff(Step step) {
        if (matches(config.sqlWhen(), step.fields)) {
            return step.to(MqlStatus.SQL, Transition.PROMOTED_SQL, Optional.empty(), step.history(), RejectionInput.KEEP);
        }
        Optional<ReasonCode> input = step.snapshot.written().rejectionInput();
        if (input.isPresent()) {
            Optional<ReasonRule> rule = Optional.ofNullable(config.reasons().get(input.get()));
            if (rule.isEmpty()) {
                return step.unknownReason(input.get());
            }
            return rule.get().action() == ReasonAction.DISQUALIFY
                    ? step.disqualifiedBySales(input.get())
                    : recycle(step, input.get(), Transition.RECYCLED, RejectionInput.CLEAR);
        }
        if (step.snapshot.status() == MqlStatus.MQL) {
            return mql(step);
        }
        return step.stay(WriteScope.EVERYTHING);
    }

    private Decision mql(Step step) {
        if (matches(config.acceptedWhen(), step.fields)) {
            return step.to(MqlStatus.SAL, Transition.ACCEPTED, Optional.empty(), step.history(), RejectionInput.KEEP);
        }
        // An MQL set by hand has no qualification time: the SLA clock starts now.
        LeadHistory history = step.history().qualifiedAt().isPresent() ? step.history() : step.history().qualified(step.now);
        Instant expiry = history.qualifiedAt().orElseThrow().plus(config.expireAfter());
        if (!step.now.isBefore(expiry)) {
            return recycle(step, ReasonCode.SLA_EXPIRED, Transition.EXPIRED, RejectionInput.KEEP);
        }
        return step.stay(history, Optional.of(expiry));
    }

    private Decision recycle(Step step, ReasonCode reason, Transition transition, RejectionInput input) {
        LeadHistory history = step.history();
        if (history.recycleCount() >= config.maxRecycles()) {
            LeadHistory limited = history.rejected(ReasonCode.MAX_RECYCLES);
            return step.to(MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED, Optional.of(ReasonCode.MAX_RECYCLES),
                    limited, input);
        }
        Decision recycled = step.recycled(history.recycled(step.now, reason), transition, reason, input);
        // Events in the very second of the recycle count for the fresh card: if they qualify, the lead waits.
        boolean waits = recycled.card().qualifies() && !recycled.card().handRaised();
        return waits ? recycled.withDeadline(Optional.of(step.now.plus(config.cooldownAfter(Optional.of(reason)))))
                : recycled;
    }

    private Decision terminal(Step step) {
        Optional<ReasonCode> input = step.snapshot.written().rejectionInput();
        if (input.isPresent() && !config.reasons().containsKey(input.get())) {
            return step.unknownReason(input.get());
        }
        // Nothing sales says changes a terminal disqualification; a valid reason is simply handled.
        return step.stay(WriteScope.EVERYTHING, input.isPresent() ? RejectionInput.CLEAR : RejectionInput.KEEP);
    }

    private Decision notHandedOff(Step step) {
        if (matches(config.sqlWhen(), step.fields)) {
            // Already an opportunity or a customer in the CRM: never dragged back to MQL, frozen from now on.
            return step.to(MqlStatus.SQL, Transition.PROMOTED_SQL, Optional.empty(), step.history(), RejectionInput.KEEP);
        }
        Optional<ReasonCode> input = step.snapshot.written().rejectionInput();
        Optional<ReasonRule> rule = input.map(config.reasons()::get);
        if (input.isPresent() && rule.isEmpty()) {
            return step.unknownReason(input.get());
        }
        if (rule.filter(r -> r.action() == ReasonAction.DISQUALIFY).isPresent()) {
            return step.disqualifiedBySales(input.orElseThrow());
        }
        // A recycle reason on a lead that is not with sales has nothing left to do: handled by clearing it.
        RejectionInput handled = input.isPresent() ? RejectionInput.CLEAR : RejectionInput.KEEP;
        ScoreCard card = step.card();
        boolean wasModelDisqualified = step.snapshot.status() == MqlStatus.DISQUALIFIED;
        if (card.disqualified()) {
            return wasModelDisqualified
                    ? step.stay(WriteScope.EVERYTHING, handled)
                    : step.to(MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED, Optional.of(ReasonCode.MODEL),
                            step.history().rejected(ReasonCode.MODEL), handled);
        }
        if (!wasModelDisqualified) {
            return qualifyOrWait(step, step.snapshot.status(), handled, Optional.empty());
        }
        MqlStatus base = step.history().wasRecycled() ? MqlStatus.RECYCLED : MqlStatus.NONE;
        return qualifyOrWait(step, base, handled, Optional.of(Transition.REINSTATED));
    }

    /** Qualifies the lead unless a cooldown holds it back; else stays at {@code base} via {@code otherwise}. */
    private Decision qualifyOrWait(Step step, MqlStatus base, RejectionInput handled, Optional<Transition> otherwise) {
        ScoreCard card = step.card();
        Optional<Instant> cooldownEnd = base == MqlStatus.RECYCLED
                ? step.history().recycledAt().map(at -> at.plus(config.cooldownAfter(step.history().lastRejectionReason())))
                : Optional.empty();
        boolean coolingDown = cooldownEnd.filter(step.now::isBefore).isPresent() && !card.handRaised();
        if (card.qualifies() && !coolingDown) {
            return step.to(MqlStatus.MQL, Transition.QUALIFIED, Optional.empty(), step.history().qualified(step.now),
                    handled).withDeadline(Optional.of(step.now.plus(config.expireAfter())));
        }
        Optional<Instant> deadline = card.qualifies() ? cooldownEnd : Optional.empty();
        if (otherwise.isPresent()) {
            return step.to(base, otherwise.get(), Optional.empty(), step.history(), handled).withDeadline(deadline);
        }
        return step.stay(WriteScope.EVERYTHING, handled).withDeadline(deadline);
    }

    private static boolean isModelDisqualification(LeadSnapshot snapshot) {
        return snapshot.history().lastRejectionReason().filter(ReasonCode.MODEL::equals).isPresent();
    }

    private static boolean matches(Optional<Condition> condition, Fields fields) {
        return condition.isPresent() && condition.get().test(fields);
    }

    /** One decision in the making: the inputs and the ways it can end. */
    private static final class Step {
        private final LeadSnapshot snapshot;
        private final Fields fields;
        private final CardSource cards;
        private final Instant now;
        private final Optional<Instant> baseline;
        private ScoreCard card;

        Step(LeadSnapshot snapshot, Fields fields, CardSource cards, Instant now) {
            this.snapshot = snapshot;
            this.fields = fields;
            this.cards = cards;
            this.now = now;
            this.baseline = snapshot.history().recycledAt();
        }

        LeadHistory history() {
            return snapshot.history();
        }

        ScoreCard card() {
            if (card == null) {
                card = cards.scoreAt(now, baseline);
            }
            return card;
        }

        Decision to(MqlStatus status, Transition transition, Optional<ReasonCode> reason, LeadHistory history,
                    RejectionInput input) {
            return new Decision(status, Optional.of(transition), reason, history, card(), baseline, Optional.empty(),
                    input, WriteScope.EVERYTHING, List.of());
        }

        /** A recycle resets the slate: the card written counts only events from now on. */
        Decision recycled(LeadHistory history, Transition transition, ReasonCode reason, RejectionInput input) {
            Optional<Instant> fresh = Optional.of(now);
            return new Decision(MqlStatus.RECYCLED, Optional.of(transition), Optional.of(reason), history,
                    cards.scoreAt(now, fresh), fresh, Optional.empty(), input, WriteScope.EVERYTHING, List.of());
        }

        Decision disqualifiedBySales(ReasonCode reason) {
            return to(MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED, Optional.of(reason), history().rejected(reason),
                    RejectionInput.CLEAR);
        }

        Decision converted() {
            Optional<Transition> promoted = snapshot.status() == MqlStatus.SQL
                    ? Optional.empty() : Optional.of(Transition.PROMOTED_SQL);
            return new Decision(MqlStatus.SQL, promoted, Optional.empty(), history(), card(), baseline,
                    Optional.empty(), RejectionInput.KEEP, WriteScope.NOTHING, List.of());
        }

        Decision unknownReason(ReasonCode code) {
            String problem = "lead " + snapshot.lead() + ": rejection reason \"" + code
                    + "\" is not a configured reason code; the lead is left as it is until it is";
            return new Decision(snapshot.status(), Optional.empty(), Optional.empty(), history(), card(), baseline,
                    Optional.empty(), RejectionInput.KEEP, WriteScope.EVERYTHING, List.of(problem));
        }

        Decision stay(WriteScope scope) {
            return stay(scope, RejectionInput.KEEP);
        }

        Decision stay(WriteScope scope, RejectionInput input) {
            return new Decision(snapshot.status(), Optional.empty(), Optional.empty(), history(), card(), baseline,
                    Optional.empty(), input, scope, List.of());
        }

        Decision stay(LeadHistory history, Optional<Instant> deadline) {
            return new Decision(snapshot.status(), Optional.empty(), Optional.empty(), history, card(), baseline,
                    deadline, RejectionInput.KEEP, WriteScope.EVERYTHING, List.of());
        }
    }
}
