package io.mqlsync.core.report;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.state.TransitionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One read of the range's transitions, oldest first: starts a {@link Journey} for each lead that qualifies,
 * follows it to its first sales response, and counts rejections, expiries and re-qualifications as they
 * happen. Not thread-safe.
 */
final class HistoryPass {
    private static final String NO_REASON = "(none)";

    private final TasksConfig tasks;
    private final Periods periods;
    private final Map<LeadId, Journey> journeys = new HashMap<>();
    private final Map<String, long[]> reasons = new TreeMap<>();
    private final DurationSample responseTimes = new DurationSample();
    private final ResponseBuckets buckets = new ResponseBuckets();
    private long transitions;
    private long recycledBySales;
    private long disqualifiedBySales;
    private long expired;
    private long requalified;
    private long disqualifiedByModel;
    private long qualifications;
    private long withinSla;
    private long expiredUnanswered;

    HistoryPass(TasksConfig tasks, Periods periods) {
        this.tasks = tasks;
        this.periods = periods;
    }

    void accept(TransitionRecord t) {
        transitions++;
        Optional<Journey> journey = Optional.ofNullable(journeys.get(t.lead()));
        switch (t.kind()) {
            case QUALIFIED -> qualified(t, journey);
            case ACCEPTED -> journey.ifPresent(j -> {
                j.accepted = true;
                respond(j, t.at());
            });
            case PROMOTED_SQL -> journey.ifPresent(j -> {
                j.accepted = true;
                j.sql = true;
                respond(j, t.at());
            });
            case RECYCLED -> {
                recycledBySales++;
                rejected(t, journey, 0);
            }
            case DISQUALIFIED -> disqualified(t, journey);
            case EXPIRED -> {
                expired++;
                periods.at(t.at()).expired++;
                journey.filter(j -> j.awaitingSince.isPresent()).ifPresent(j -> {
                    expiredUnanswered++;
                    j.awaitingSince = Optional.empty();
                });
            }
            case REINSTATED -> {
                // lifts a model disqualification: no sales step, nothing to count
            }
        }
    }

    private void qualified(TransitionRecord t, Optional<Journey> known) {
        Journey journey = known.orElseGet(() -> {
            Journey started = new Journey(t);
            journeys.put(t.lead(), started);
            return started;
        });
        if (t.from() == MqlStatus.RECYCLED) {
            requalified++;
            periods.at(t.at()).requalified++;
        }
        qualifications++;
        journey.awaitingSince = Optional.of(t.at());
    }

    private void disqualified(TransitionRecord t, Optional<Journey> journey) {
        boolean bySales = (t.from() == MqlStatus.MQL || t.from() == MqlStatus.SAL)
                && !t.reason().equals(Optional.of(ReasonCode.MODEL));
        if (!bySales) {
            disqualifiedByModel++;
            return;
        }
        disqualifiedBySales++;
        rejected(t, journey, 1);
    }

    /** A sales rejection; {@code column} 0 counts it as recycled, 1 as disqualified. */
    private void rejected(TransitionRecord t, Optional<Journey> journey, int column) {
        reasons.computeIfAbsent(t.reason().map(ReasonCode::value).orElse(NO_REASON), r -> new long[2])[column]++;
        periods.at(t.at()).rejected++;
        journey.ifPresent(j -> {
            j.rejected = true;
            respond(j, t.at());
        });
    }

    private void respond(Journey journey, Instant at) {
        if (journey.awaitingSince.isEmpty()) {
            return;
        }
        Instant since = journey.awaitingSince.get();
        Duration time = Duration.between(since, at);
        responseTimes.add(time);
        buckets.add(time);
        if (!at.isAfter(tasks.dueAt(since))) {
            withinSla++;
        }
        journey.awaitingSince = Optional.empty();
    }

    Map<LeadId, Journey> journeys() {
        return journeys;
    }

    long transitions() {
        return transitions;
    }

    Recycling recycling() {
        return new Recycling(recycledBySales, disqualifiedBySales, expired, requalified, disqualifiedByModel);
    }

    List<ReasonCount> rejections() {
        return reasons.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(ReasonCount::total).reversed().thenComparing(ReasonCount::reason))
                .toList();
    }

    /** The SLA figures, with qualifications still waiting at {@code until} counted as awaiting (and overdue past due). */
    SlaSummary sla(Instant until) {
        long awaiting = 0;
        long overdue = 0;
        for (Journey journey : journeys.values()) {
            if (journey.awaitingSince.isPresent()) {
                awaiting++;
                overdue += until.isAfter(tasks.dueAt(journey.awaitingSince.get())) ? 1 : 0;
            }
        }
        DurationSummary times = responseTimes.summary();
        return new SlaSummary(qualifications, times.count(), withinSla, expiredUnanswered, awaiting, overdue, times,
                buckets.buckets());
    }
}
