package io.mqlsync.core.report;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.LeadSeen;
import io.mqlsync.core.state.TransitionRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A transition history, first sightings and deals written by hand, served as the state store would stream them. */
final class HandBuiltHistory implements ReportSource {
    static final Attribution GOOGLE_CPC = new Attribution(Optional.of("google"), Optional.of("cpc"), Optional.of("spring-launch"));
    static final Attribution LINKEDIN = new Attribution(Optional.of("linkedin"), Optional.of("social"), Optional.empty());

    private final List<TransitionRecord> transitions = new ArrayList<>();
    private final List<LeadSeen> seen = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();

    HandBuiltHistory seen(String lead, Instant at, Attribution attribution) {
        seen.add(new LeadSeen(new LeadId(lead), at, attribution));
        return this;
    }

    HandBuiltHistory qualified(String lead, Instant at) {
        return qualified(lead, MqlStatus.NONE, at, Quadrant.ROUTE, GOOGLE_CPC);
    }

    HandBuiltHistory qualified(String lead, MqlStatus from, Instant at, Quadrant quadrant, Attribution attribution) {
        return add(new TransitionRecord(new LeadId(lead), from, MqlStatus.MQL, Transition.QUALIFIED, Optional.empty(), 100, 50,
                50, quadrant, attribution, "b2b-default@1", at));
    }

    HandBuiltHistory step(String lead, MqlStatus from, MqlStatus to, Transition kind, Optional<String> reason, Instant at) {
        return add(new TransitionRecord(new LeadId(lead), from, to, kind, reason.map(ReasonCode::new), 100, 50, 50,
                Quadrant.ROUTE, GOOGLE_CPC, "b2b-default@1", at));
    }

    HandBuiltHistory accepted(String lead, Instant at) {
        return step(lead, MqlStatus.MQL, MqlStatus.SAL, Transition.ACCEPTED, Optional.empty(), at);
    }

    HandBuiltHistory promoted(String lead, MqlStatus from, Instant at) {
        return step(lead, from, MqlStatus.SQL, Transition.PROMOTED_SQL, Optional.empty(), at);
    }

    HandBuiltHistory recycled(String lead, String reason, Instant at) {
        return step(lead, MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED, Optional.of(reason), at);
    }

    HandBuiltHistory expired(String lead, Instant at) {
        return step(lead, MqlStatus.MQL, MqlStatus.RECYCLED, Transition.EXPIRED, Optional.of("sla_expired"), at);
    }

    HandBuiltHistory deal(String id, String lead, DealStage stage, String amount, String currency, Instant at) {
        deals.add(new Deal(id, new LeadId(lead), stage, Optional.ofNullable(amount).map(BigDecimal::new),
                Optional.ofNullable(currency), at));
        return this;
    }

    private HandBuiltHistory add(TransitionRecord transition) {
        transitions.add(transition);
        return this;
    }

    @Override
    public void transitions(Instant from, Instant until, Consumer<TransitionRecord> action) {
        transitions.stream().filter(t -> !t.at().isBefore(from) && t.at().isBefore(until))
                .sorted(Comparator.comparing(TransitionRecord::at)).forEach(action);
    }

    @Override
    public void leadsSeen(Instant from, Instant until, Consumer<LeadSeen> action) {
        seen.stream().filter(s -> !s.firstSeen().isBefore(from) && s.firstSeen().isBefore(until))
                .sorted(Comparator.comparing(LeadSeen::firstSeen)).forEach(action);
    }

    @Override
    public void deals(Consumer<Deal> action) {
        deals.forEach(action);
    }
}
