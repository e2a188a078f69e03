package io.mqlsync.core.simulation;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.scoring.ScoringModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the resolved cases of a stream of records as {@link LabelledCase}s for calibration: each is scored
 * with the live model at its moment, counting only the events up to then. Pending cases teach nothing and are
 * left out. Not thread-safe.
 */
public final class LabelledCases {
    private final Scorer scorer;
    private final Map<String, Double> weights = new HashMap<>();
    private final OutcomeHistory outcomes;
    private final Instant now;
    private final BacktestSettings settings;
    private final List<LabelledCase> cases = new ArrayList<>();
    private final Set<LeadId> seen = new HashSet<>();

    public LabelledCases(ScoringModel live, OutcomeHistory outcomes, Instant now, BacktestSettings settings) {
        this.scorer = new Scorer(live);
        RuleWeight.of(live).forEach(w -> weights.put(w.rule(), w.weight()));
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.now = Objects.requireNonNull(now, "now");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Adds the record's resolved cases; a record seen before is ignored. */
    public void add(LeadRecord record, List<Event> events) {
        if (!seen.add(record.id())) {
            return;
        }
        for (OutcomeCase c : outcomes.casesOf(record.id(), now, settings.maturity())) {
            if (!c.outcome().resolved()) {
                continue;
            }
            ScoreCard card = scorer.score(record, Simulation.eventsUpTo(events, c.asOf()), c.asOf(), c.baseline());
            Map<String, Double> shares = new HashMap<>();
            for (Contribution contribution : card.contributions()) {
                double weight = weights.getOrDefault(contribution.rule(), 0.0);
                if (weight != 0 && contribution.points() != 0) {
                    shares.merge(contribution.rule(), Math.min(1.0, contribution.points() / weight), Double::sum);
                }
            }
            cases.add(new LabelledCase(record.id(), shares, c.outcome().positive()));
        }
    }

    /** The cases collected so far, in the order their records came. */
    public List<LabelledCase> cases() {
        return List.copyOf(cases);
    }
}
