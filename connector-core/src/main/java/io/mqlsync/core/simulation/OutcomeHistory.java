package io.mqlsync.core.simulation;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.TransitionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The recorded outcomes of an instance, turned into {@link OutcomeCase}s per lead. Feed it the transition
 * history oldest first and the deals in any order, then read cases. Not thread-safe.
 *
 * <p>A handoff starts at {@code QUALIFIED} and ends at the lead's next {@code PROMOTED_SQL} (converted),
 * {@code RECYCLED} or sales' {@code DISQUALIFIED} (rejected, with the reason) or {@code EXPIRED}. A won deal
 * closed after a handoff started converts it. A handoff still open at {@code now} is {@code NO_RESPONSE} once
 * older than the maturity window (unless sales accepted it, which keeps it pending), else pending. An SQL or a
 * won deal without a handoff before it is a {@link OutcomeCase.Origin#DIRECT_SQL} case.
 */
public final class OutcomeHistory {
    private final Map<LeadId, List<TransitionRecord>> transitions = new HashMap<>();
    private final Map<LeadId, List<Deal>> wonDeals = new HashMap<>();

    /** Adds a transition; call in history order (oldest first). */
    public void add(TransitionRecord transition) {
        transitions.computeIfAbsent(transition.lead(), k -> new ArrayList<>()).add(transition);
    }

    /** Adds a deal; only won deals count as outcomes. */
    public void add(Deal deal) {
        if (deal.stage() == DealStage.WON) {
            wonDeals.computeIfAbsent(deal.lead(), k -> new ArrayList<>()).add(deal);
        }
    }

    /** The leads with any recorded transition or won deal. */
    public Set<LeadId> leads() {
        Set<LeadId> leads = new HashSet<>(transitions.keySet());
        leads.addAll(wonDeals.keySet());
        return leads;
    }

    /**
     * The lead's cases, oldest first; empty when nothing was recorded for it.
     *
     * @param now      the instant of the backtest
     * @param maturity how long a handoff may stay unanswered before it counts as {@link Outcome#NO_RESPONSE}
     */
    public List<OutcomeCase> casesOf(LeadId lead, Instant now, Duration maturity) {
        Objects.requireNonNull(maturity, "maturity");
        List<Deal> won = new ArrayList<>(wonDeals.getOrDefault(lead, List.of()));
        won.sort(Comparator.comparing(Deal::at));
        List<OutcomeCase> cases = new ArrayList<>();
        Optional<Instant> lastRecycle = Optional.empty();
        Open open = null;
        for (TransitionRecord t : transitions.getOrDefault(lead, List.of())) {
            Transition kind = t.kind();
            switch (kind) {
                case QUALIFIED -> {
                    if (open == null) {
                        open = new Open(t.at(), lastRecycle);
                    }
                }
                case ACCEPTED -> {
                    if (open != null) {
                        open.accepted = true;
                    }
                }
                case PROMOTED_SQL -> {
                    if (open != null) {
                        cases.add(open.closed(lead, Outcome.CONVERTED, Optional.empty()));
                        open = null;
                    } else if (cases.stream().noneMatch(c -> c.outcome() == Outcome.CONVERTED)) {
                        cases.add(new OutcomeCase(lead, OutcomeCase.Origin.DIRECT_SQL, t.at(), lastRecycle,
                                Outcome.CONVERTED, Optional.empty()));
                    }
                }
                case RECYCLED, EXPIRED -> {
                    if (open != null) {
                        Outcome outcome = kind == Transition.EXPIRED ? Outcome.EXPIRED : Outcome.REJECTED;
                        cases.add(open.closed(lead, outcome, t.reason().map(ReasonCode::value)));
                        open = null;
                    }
                    lastRecycle = Optional.of(t.at());
                }
                case DISQUALIFIED -> {
                    // a model disqualification of a lead never handed off is not an outcome of a handoff
                    if (open != null) {
                        cases.add(open.closed(lead, Outcome.REJECTED, t.reason().map(ReasonCode::value)));
                        open = null;
                    }
                }
                case REINSTATED -> { }
            }
        }
        if (open != null) {
            cases.add(open.atEnd(lead, now, maturity));
        }
        return withWonDeals(lead, cases, won);
    }

    /** A won deal converts the latest handoff started before it, or is a direct case when there is none. */
    private static List<OutcomeCase> withWonDeals(LeadId lead, List<OutcomeCase> cases, List<Deal> won) {
        if (won.isEmpty() || cases.stream().anyMatch(c -> c.outcome() == Outcome.CONVERTED)) {
            return List.copyOf(cases);
        }
        Deal first = won.get(0);
        List<OutcomeCase> result = new ArrayList<>(cases);
        for (int i = result.size() - 1; i >= 0; i--) {
            OutcomeCase c = result.get(i);
            if (!c.asOf().isAfter(first.at())) {
                result.set(i, new OutcomeCase(lead, c.origin(), c.asOf(), c.baseline(), Outcome.CONVERTED, Optional.empty()));
                return List.copyOf(result);
            }
        }
        result.add(0, new OutcomeCase(lead, OutcomeCase.Origin.DIRECT_SQL, first.at(), Optional.empty(),
                Outcome.CONVERTED, Optional.empty()));
        return List.copyOf(result);
    }

    /** A handoff not yet closed while reading the lead's history. */
    private static final class Open {
        final Instant qualifiedAt;
        final Optional<Instant> baseline;
        boolean accepted;

        Open(Instant qualifiedAt, Optional<Instant> baseline) {
            this.qualifiedAt = qualifiedAt;
            this.baseline = baseline;
        }

        OutcomeCase closed(LeadId lead, Outcome outcome, Optional<String> reason) {
            return new OutcomeCase(lead, OutcomeCase.Origin.HANDOFF, qualifiedAt, baseline, outcome, reason);
        }

        OutcomeCase atEnd(LeadId lead, Instant now, Duration maturity) {
            boolean mature = !now.isBefore(qualifiedAt.plus(maturity));
            if (accepted || !mature) {
                return closed(lead, Outcome.PENDING, Optional.empty());
            }
            return closed(lead, Outcome.NO_RESPONSE, Optional.of("no_response"));
        }
    }
}
