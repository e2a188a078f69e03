package io.mqlsync.core.simulation;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.state.Attribution;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a candidate model with the live one on a stream of records and backtests both against the
 * recorded outcomes. Pure: the records, their events, the outcomes and {@code now} are all it reads. Feed
 * every record once with {@link #add}, then take the {@link #report}. Not thread-safe.
 */
public final class Simulation {
    private final Scorer live;
    private final Scorer candidate;
    private final OutcomeHistory outcomes;
    private final Instant now;
    private final BacktestSettings settings;
    private final ComparisonBuilder comparison;
    private final ModelBacktestBuilder liveBacktest;
    private final ModelBacktestBuilder candidateBacktest;
    private final Set<LeadId> seen = new HashSet<>();
    private long cases;
    private long resolved;
    private long converted;

    /**
     * @param outcomes the recorded outcomes (empty when the instance has no history yet)
     * @param now      the instant both models score the records at
     */
    public Simulation(ScoringModel live, ScoringModel candidate, OutcomeHistory outcomes, Instant now,
                      BacktestSettings settings) {
        this.live = new Scorer(live);
        this.candidate = new Scorer(candidate);
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.now = Objects.requireNonNull(now, "now");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.comparison = new ComparisonBuilder(live, candidate);
        this.liveBacktest = new ModelBacktestBuilder(live, settings);
        this.candidateBacktest = new ModelBacktestBuilder(candidate, settings);
    }

    /**
     * Scores one record with both models at {@code now}, and at the moment of each of its recorded cases.
     * A record seen again (CRM reads may overlap) is ignored.
     *
     * @param events the record's events, in any order
     */
    public void add(LeadRecord record, List<Event> events) {
        if (!seen.add(record.id())) {
            return;
        }
        comparison.add(record.id(), live.score(record, events, now), candidate.score(record, events, now));
        String source = Attribution.of(record.fields()).source().orElse(SourceRate.NO_SOURCE);
        for (OutcomeCase c : outcomes.casesOf(record.id(), now, settings.maturity())) {
            List<Event> before = eventsUpTo(events, c.asOf());
            cases++;
            resolved += c.outcome().resolved() ? 1 : 0;
            converted += c.outcome().positive() ? 1 : 0;
            liveBacktest.add(c, cardAt(live, record, before, c), source);
            candidateBacktest.add(c, cardAt(candidate, record, before, c), source);
        }
    }

    /** The comparison and the backtest of every record added so far. */
    public SimulationReport report() {
        long withoutRecord = outcomes.leads().stream().filter(lead -> !seen.contains(lead)).count();
        Backtest backtest = new Backtest(cases, resolved, converted, withoutRecord, settings, liveBacktest.build(),
                candidateBacktest.build());
        return new SimulationReport(now, live.model().id(), candidate.model().id(), comparison.build(), backtest);
    }

    private static ScoreCard cardAt(Scorer scorer, LeadRecord record, List<Event> events, OutcomeCase c) {
        return scorer.score(record, events, c.asOf(), c.baseline());
    }

    /** What the model could have known at {@code at}: later events did not exist yet. */
    static List<Event> eventsUpTo(List<Event> events, Instant at) {
        return events.stream().filter(e -> !e.at().isAfter(at)).toList();
    }
}
