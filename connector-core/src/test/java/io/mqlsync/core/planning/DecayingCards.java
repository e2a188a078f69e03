package io.mqlsync.core.planning;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.ScoringModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A card source that decays each event on its own curve, independent of the real scorer: one
 * contribution per event, intent clamped to the model, qualification and quadrant from the model.
 */
final class DecayingCards implements CardSource {
    private final ScoringModel model;
    private final double fit;
    private final List<Item> items = new ArrayList<>();

    private record Item(Instant at, double points, Decay decay) {
    }

    DecayingCards(ScoringModel model, double fit) {
        this.model = model;
        this.fit = fit;
    }

    DecayingCards event(Instant at, double points, Decay decay) {
        items.add(new Item(at, points, decay));
        return this;
    }

    @Override
    public ScoreCard scoreAt(Instant at, Optional<Instant> baseline) {
        List<Contribution> contributions = new ArrayList<>();
        double sum = 0;
        for (Item item : items) {
            if (baseline.filter(item.at()::isBefore).isPresent()) {
                continue;
            }
            double factor = item.decay().factor(Duration.between(item.at(), at).toMillis());
            double points = item.points() * factor;
            sum += points;
            contributions.add(new Contribution("r" + contributions.size(), Optional.empty(), RuleKind.INTENT, points,
                    factor, "event", false, Optional.of(item.at())));
        }
        double intent = Math.max(model.intent().min(), Math.min(model.intent().max(), sum));
        double score = fit + intent;
        return new ScoreCard(model.id(), at, fit, intent, 1.0, score,
                model.qualify().thresholdsMet(fit, intent, score), false, model.quadrants().quadrantOf(fit, intent),
                contributions);
    }
}
