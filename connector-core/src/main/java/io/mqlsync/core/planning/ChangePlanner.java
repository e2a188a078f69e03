package io.mqlsync.core.planning;

import static io.mqlsync.core.planning.WrittenProperty.FIT_SCORE;
import static io.mqlsync.core.planning.WrittenProperty.INTENT_SCORE;
import static io.mqlsync.core.planning.WrittenProperty.LAST_REJECTION_REASON;
import static io.mqlsync.core.planning.WrittenProperty.MODEL;
import static io.mqlsync.core.planning.WrittenProperty.NEXT_RESCORE_AT;
import static io.mqlsync.core.planning.WrittenProperty.QUADRANT;
import static io.mqlsync.core.planning.WrittenProperty.QUALIFIED_AT;
import static io.mqlsync.core.planning.WrittenProperty.REASONS;
import static io.mqlsync.core.planning.WrittenProperty.RECYCLED_AT;
import static io.mqlsync.core.planning.WrittenProperty.RECYCLE_COUNT;
import static io.mqlsync.core.planning.WrittenProperty.REJECTION_REASON;
import static io.mqlsync.core.planning.WrittenProperty.SCORE;
import static io.mqlsync.core.planning.WrittenProperty.STATUS;

import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.RejectionInput;
import io.mqlsync.core.lifecycle.WriteScope;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.routing.Assignment;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a decision into the minimal {@link LeadChange}: every {@code mql_*} property whose written form
 * differs from the snapshot, the CRM's lifecycle values and owner on transitions, the handoff task on
 * an MQL transition, the cleared rejection input, and {@code mql_next_rescore_at}. A lead with nothing
 * new gets an empty change, so a re-run makes no write calls. Pure and thread-safe.
 */
public final class ChangePlanner {
    private final PlannerSettings settings;
    private final NextRescore rescore;
    private final HandoffTasks tasks;

    public ChangePlanner(PlannerSettings settings, NextRescore rescore) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rescore = Objects.requireNonNull(rescore, "rescore");
        this.tasks = new HandoffTasks(settings.instance(), settings.tasks());
    }

    /** @return the change; empty when nothing differs, never null */
    public LeadChange plan(PlanRequest request) {
        Decision decision = request.decision();
        if (decision.scope() == WriteScope.NOTHING
                || (decision.scope() == WriteScope.SCORES_ONLY && !settings.writeBack().scoresAfterSql())) {
            return LeadChange.none(request.snapshot().lead());
        }
        Diff diff = new Diff(request.snapshot());
        scores(diff, request);
        if (decision.scope() == WriteScope.EVERYTHING) {
            lifecycle(diff, request.snapshot(), decision);
            return transition(diff, request);
        }
        return diff.change(Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT);
    }

    private void scores(Diff diff, PlanRequest request) {
        ScoreCard card = request.decision().card();
        WrittenScores was = request.snapshot().written().scores();
        diff.number(FIT_SCORE, Written.integer(card.fit()), was.fit().stream().boxed().findFirst());
        diff.number(INTENT_SCORE, Written.integer(card.intent()), was.intent().stream().boxed().findFirst());
        diff.number(SCORE, Written.integer(card.score()), was.score().stream().boxed().findFirst());
        diff.text(QUADRANT, Optional.of(card.quadrant().name()), was.quadrant().map(Enum::name));
        diff.text(REASONS, Optional.of(ReasonsText.of(card, request.record().fields())), was.reasons());
        diff.text(MODEL, Optional.of(card.model()), was.model());
        diff.instant(NEXT_RESCORE_AT, nextRescore(request), request.snapshot().written().nextRescoreAt());
    }

    private Optional<Instant> nextRescore(PlanRequest request) {
        Decision decision = request.decision();
        Optional<Instant> decay = rescore.after(request.cards(), decision.baseline(), request.now(), decision.card());
        Optional<Instant> deadline = decision.scope() == WriteScope.EVERYTHING
                ? decision.deadline().map(ChangePlanner::ceilSecond) : Optional.empty();
        return Stream.of(decay, deadline).flatMap(Optional::stream).min(Instant::compareTo);
    }

    private void lifecycle(Diff diff, LeadSnapshot snapshot, Decision decision) {
        diff.text(STATUS, Optional.of(decision.status().name()), Optional.of(snapshot.status().name()));
        LeadHistory now = decision.history();
        LeadHistory was = snapshot.history();
        diff.instant(QUALIFIED_AT, now.qualifiedAt(), was.qualifiedAt());
        diff.instant(RECYCLED_AT, now.recycledAt(), was.recycledAt());
        diff.number(RECYCLE_COUNT, now.recycleCount(), Optional.of((long) was.recycleCount()));
        diff.text(LAST_REJECTION_REASON, now.lastRejectionReason().map(ReasonCode::value),
                was.lastRejectionReason().map(ReasonCode::value));
        if (decision.input() == RejectionInput.CLEAR) {
            diff.clear(settings.writeBack().name(REJECTION_REASON));
        }
    }

    private LeadChange transition(Diff diff, PlanRequest request) {
        Decision decision = request.decision();
        CrmState crm = request.snapshot().crm();
        Optional<Transition> transition = decision.transition();
        if (decision.isHandoff()) {
            LeadChange.StageMove move = diff.crmValues(forward(settings.lifecycle().onQualify(), request),
                    settings.lifecycle().stageOrder());
            Optional<OwnerId> owner = request.assignment().flatMap(Assignment::owner).or(crm::owner);
            Optional<OwnerId> newOwner = owner.filter(o -> crm.owner().filter(o::equals).isEmpty());
            return diff.change(newOwner, tasks.create(request, owner), move);
        }
        if (transition.filter(t -> t == Transition.RECYCLED || t == Transition.EXPIRED).isPresent()) {
            LeadChange.StageMove move = diff.crmValues(settings.lifecycle().onRecycle(), settings.lifecycle().stageOrder());
            Optional<OwnerId> nurture = settings.nurtureOwner();
            if (nurture.isEmpty() && crm.owner().isPresent()) {
                diff.clear(CanonicalField.OWNER_ID);
            }
            return diff.change(nurture.filter(n -> crm.owner().filter(n::equals).isEmpty()), Optional.empty(), move);
        }
        if (transition.filter(t -> t == Transition.DISQUALIFIED).isPresent()
                && decision.reason().filter(ReasonCode.MODEL::equals).isEmpty()) {
            LeadChange.StageMove move = diff.crmValues(settings.lifecycle().onDisqualify(),
                    settings.lifecycle().stageOrder());
            return diff.change(Optional.empty(), Optional.empty(), move);
        }
        return diff.change(Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT);
    }

    /**
     * Qualifying never undoes what sales did: a stage already further along is kept, and a lead status
     * that already means "accepted" is kept (the next run then takes the lead to SAL).
     */
    private CrmValues forward(CrmValues onQualify, PlanRequest request) {
        CrmState crm = request.snapshot().crm();
        List<String> order = settings.lifecycle().stageOrder();
        boolean backwards = onQualify.lifecycleStage().isPresent() && crm.lifecycleStage().isPresent()
                && order.indexOf(onQualify.lifecycleStage().get()) >= 0
                && order.indexOf(onQualify.lifecycleStage().get()) < order.indexOf(crm.lifecycleStage().get());
        boolean accepted = settings.lifecycle().acceptedWhen()
                .filter(c -> c.test(crm.onto(request.record().fields()))).isPresent();
        return new CrmValues(backwards ? Optional.empty() : onQualify.lifecycleStage(),
                accepted ? Optional.empty() : onQualify.leadStatus());
    }

    private static Instant ceilSecond(Instant at) {
        Instant whole = at.truncatedTo(ChronoUnit.SECONDS);
        return whole.equals(at) ? at : whole.plusSeconds(1);
    }

    /** The properties found to differ so far. */
    private final class Diff {
        private final LeadSnapshot snapshot;
        private final WriteBackConfig writeBack = settings.writeBack();
        private final Map<String, String> set = new HashMap<>();
        private final Set<String> cleared = new HashSet<>();

        Diff(LeadSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        void number(WrittenProperty property, long value, Optional<Long> was) {
            if (was.filter(w -> w == value).isEmpty()) {
                set.put(writeBack.name(property), Long.toString(value));
            }
        }

        /** Text as CRMs keep it; an empty text is no value (CRMs store "" as blank). */
        void text(WrittenProperty property, Optional<String> value, Optional<String> was) {
            put(writeBack.name(property), value.map(Written::text).filter(t -> !t.isEmpty()),
                    was.map(Written::text).filter(t -> !t.isEmpty()));
        }

        void instant(WrittenProperty property, Optional<Instant> value, Optional<Instant> was) {
            put(writeBack.name(property), value.map(Written::instant), was.map(Written::instant));
        }

        void clear(String name) {
            cleared.add(name);
        }

        /** Sets the CRM's values that differ; says whether the stage must be cleared first. */
        LeadChange.StageMove crmValues(CrmValues values, List<String> stageOrder) {
            CrmState crm = snapshot.crm();
            // An absent value leaves the CRM's as it is; it never clears it.
            values.leadStatus().ifPresent(v -> put(CanonicalField.LEAD_STATUS, Optional.of(v), crm.leadStatus()));
            values.lifecycleStage().ifPresent(v -> put(CanonicalField.LIFECYCLE_STAGE, Optional.of(v), crm.lifecycleStage()));
            if (!set.containsKey(CanonicalField.LIFECYCLE_STAGE) || crm.lifecycleStage().isEmpty()
                    || stageOrder.isEmpty()) {
                return LeadChange.StageMove.DIRECT;
            }
            int from = stageOrder.indexOf(crm.lifecycleStage().get());
            int to = stageOrder.indexOf(set.get(CanonicalField.LIFECYCLE_STAGE));
            // A stage outside the known order might be later than the target: clearing first is always safe.
            return from < 0 || to < 0 || to < from ? LeadChange.StageMove.CLEAR_FIRST : LeadChange.StageMove.DIRECT;
        }

        private void put(String name, Optional<String> value, Optional<String> was) {
            if (value.equals(was)) {
                return;
            }
            if (value.isPresent()) {
                set.put(name, value.get());
            } else {
                cleared.add(name);
            }
        }

        LeadChange change(Optional<OwnerId> newOwner, Optional<HandoffTask> task, LeadChange.StageMove move) {
            return new LeadChange(snapshot.lead(), set, cleared, newOwner, task, move);
        }
    }
}
