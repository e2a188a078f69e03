package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A card source without decay for lifecycle tests: each activity adds its points from the moment it
 * happens; the lead qualifies at 100 points unless the model disqualifies it. Honours the baseline the
 * way the scorer does: activities before it are ignored.
 */
final class FakeCards implements CardSource {
    static final double QUALIFY_AT = 100;

    private final List<Activity> activities = new ArrayList<>();
    private boolean disqualified;

    record Activity(Instant at, double points, boolean handRaise) {
    }

    FakeCards activity(Instant at, double points) {
        activities.add(new Activity(at, points, false));
        return this;
    }

    FakeCards handRaise(Instant at, double points) {
        activities.add(new Activity(at, points, true));
        return this;
    }

    FakeCards disqualified() {
        disqualified = true;
        return this;
    }

    @Override
    public ScoreCard scoreAt(Instant at, Optional<Instant> baseline) {
        List<Contribution> contributions = new ArrayList<>();
        double intent = 0;
        for (Activity a : activities) {
            if (a.at().isAfter(at) || baseline.filter(a.at()::isBefore).isPresent()) {
                continue;
            }
            intent += a.points();
            contributions.add(new Contribution("rule-" + contributions.size(), Optional.empty(), RuleKind.INTENT,
                    a.points(), 1.0, "activity", a.handRaise(), Optional.of(a.at())));
        }
        boolean qualifies = !disqualified && intent >= QUALIFY_AT;
        return new ScoreCard("fake@1", at, 0, intent, 1.0, intent, qualifies, disqualified,
                Quadrant.of(true, intent >= QUALIFY_AT), contributions);
    }
}
