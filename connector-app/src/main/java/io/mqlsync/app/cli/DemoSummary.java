package io.mqlsync.app.cli;

import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.TaskEntry;
import io.mqlsync.core.state.TaskState;
import io.mqlsync.core.state.TransitionRecord;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The end of {@code mqlsync demo}: the MQLs with their owner, task and status now, one explained card,
 * what the follow-up sync did with sales' answers, the API calls, and where the state is. Reads the
 * state store only; prints CRM ids, never names or emails.
 */
final class DemoSummary {
    /** Rows of the MQL table; the rest are counted. */
    static final int SHOWN = 10;
    private static final String EXPIRED = "sla_expired";

    private final StateStore store;
    private final PrintWriter out;

    DemoSummary(StateStore store, PrintWriter out) {
        this.store = store;
        this.out = out;
    }

    /**
     * @param handoffs    the backfill's MQL transitions
     * @param card        the explained card of one MQL, as {@code explain} printed it
     * @param followUp    the transitions of the follow-up sync
     * @param runs        the runs whose API calls are added up
     * @param stateUrl    the state database
     */
    void print(List<TransitionRecord> handoffs, String card, List<TransitionRecord> followUp, List<RunRecord> runs,
               String stateUrl) {
        out.println();
        mqls(handoffs);
        if (!card.isBlank()) {
            out.println();
            out.println("Why the highest-scored MQL qualified (mqlsync explain, as of the backfill):");
            card.lines().forEach(line -> out.println("  " + line));
        }
        out.println();
        out.println("What the sync did with sales' answers:");
        outcome("accepted (MQL -> SAL)", followUp, t -> t.kind() == Transition.ACCEPTED);
        outcome("recycled by a sales reason", followUp, t -> t.kind() == Transition.RECYCLED && !expired(t));
        outcome("disqualified by a sales reason", followUp, t -> t.kind() == Transition.DISQUALIFIED);
        outcome("expired past the SLA (recycled)", followUp, DemoSummary::expired);
        out.println();
        out.println("API calls (backfill + sync): " + calls(runs));
        out.println("State database: " + stateUrl);
        out.flush();
    }

    private void mqls(List<TransitionRecord> handoffs) {
        out.println("MQLs handed off by the backfill: " + handoffs.size() + " (owner and task are CRM ids; \"now\" is after the sync)");
        out.printf(Locale.ROOT, "  %-20s %6s %6s %6s  %-20s %-20s %s%n", "lead", "score", "fit", "intent", "owner", "task", "now");
        for (TransitionRecord mql : handoffs.subList(0, Math.min(SHOWN, handoffs.size()))) {
            Optional<TaskEntry> task = store.tasks().ofLead(mql.lead()).stream()
                    .filter(e -> e.state() == TaskState.CREATED).findFirst();
            String now = store.transitions().latest(mql.lead())
                    .map(t -> t.to().name() + t.reason().map(r -> " (" + r.value() + ")").orElse("")).orElse("MQL");
            out.printf(Locale.ROOT, "  %-20s %6.1f %6.1f %6.1f  %-20s %-20s %s%n", mql.lead().value(), mql.score(), mql.fit(),
                    mql.intent(), task.flatMap(TaskEntry::owner).map(OwnerId::value).orElse("-"),
                    task.flatMap(TaskEntry::crmTaskId).orElse("-"), now);
        }
        if (handoffs.size() > SHOWN) {
            out.println("  ... and " + (handoffs.size() - SHOWN) + " more (all in the state database's transitions and task_ledger)");
        }
    }

    private void outcome(String what, List<TransitionRecord> transitions, Predicate<TransitionRecord> which) {
        List<TransitionRecord> matching = transitions.stream().filter(which).toList();
        String leads = matching.stream().limit(SHOWN)
                .map(t -> t.lead().value() + t.reason().map(ReasonCode::value).map(r -> " (" + r + ")").orElse(""))
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  %-34s %3d%s%n", what + ":", matching.size(),
                matching.isEmpty() ? "" : "  " + leads + (matching.size() > SHOWN ? ", ..." : ""));
    }

    private static boolean expired(TransitionRecord t) {
        return t.kind() == Transition.EXPIRED || t.reason().map(ReasonCode::value).filter(EXPIRED::equals).isPresent();
    }

    private static String calls(List<RunRecord> runs) {
        Map<CallKind, Long> byKind = new EnumMap<>(CallKind.class);
        runs.forEach(r -> r.summary().apiCalls().forEach((kind, n) -> byKind.merge(kind, n, Long::sum)));
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        return total + " in all: " + byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
