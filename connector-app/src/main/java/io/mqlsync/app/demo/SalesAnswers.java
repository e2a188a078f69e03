package io.mqlsync.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the demo's sales team answers the MQLs handed to them, so that one follow-up sync shows every way
 * back: the first MQL is disqualified (a competitor), the last is left alone to expire past its SLA, and
 * of the others the first of every three is recycled with a reason (timing, unresponsive, no budget in
 * turn) and the rest are accepted.
 *
 * @param accepted     leads accepted by setting the lead status
 * @param recycled     leads rejected with a reason that recycles them
 * @param disqualified the lead rejected with a reason that disqualifies it
 * @param leftAlone    the lead nobody answers, which expires
 */
public record SalesAnswers(List<String> accepted, List<Rejection> recycled, Optional<Rejection> disqualified,
                           Optional<String> leftAlone) {
    /** Reason codes that recycle (DESIGN section 7 defaults), used in turn. */
    static final List<String> RECYCLE_REASONS = List.of("timing", "unresponsive", "no_budget");
    /** A reason code that disqualifies by default. */
    static final String DISQUALIFY_REASON = "competitor";

    public SalesAnswers {
        accepted = List.copyOf(accepted);
        recycled = List.copyOf(recycled);
        Objects.requireNonNull(disqualified, "disqualified");
        Objects.requireNonNull(leftAlone, "leftAlone");
    }

    /**
     * A lead rejected with a reason code.
     *
     * @param lead   the lead's CRM id
     * @param reason the reason code sales gave
     */
    public record Rejection(String lead, String reason) {
        public Rejection {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The answers to {@code mqls}, in the order given; a single MQL is left alone. */
    public static SalesAnswers to(List<String> mqls) {
        if (mqls.isEmpty()) {
            return new SalesAnswers(List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        Optional<String> leftAlone = Optional.of(mqls.getLast());
        if (mqls.size() == 1) {
            return new SalesAnswers(List.of(), List.of(), Optional.empty(), leftAlone);
        }
        List<String> accepted = new ArrayList<>();
        List<Rejection> recycled = new ArrayList<>();
        List<String> middle = mqls.subList(1, mqls.size() - 1);
        for (int i = 0; i < middle.size(); i++) {
            if (i % 3 == 0) {
                recycled.add(new Rejection(middle.get(i), RECYCLE_REASONS.get(recycled.size() % RECYCLE_REASONS.size())));
            } else {
                accepted.add(middle.get(i));
            }
        }
        return new SalesAnswers(accepted, recycled, Optional.of(new Rejection(mqls.getFirst(), DISQUALIFY_REASON)), leftAlone);
    }

    /** Gives every answer in {@code crm}, as its sales reps would. */
    public void giveIn(DemoCrm crm) {
        accepted.forEach(crm::accept);
        recycled.forEach(r -> crm.reject(r.lead(), r.reason()));
        disqualified.ifPresent(r -> crm.reject(r.lead(), r.reason()));
    }
}
