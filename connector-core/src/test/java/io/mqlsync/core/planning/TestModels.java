package io.mqlsync.core.planning;

import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.FitSection;
import io.mqlsync.core.scoring.IntentSection;
import io.mqlsync.core.scoring.QuadrantThresholds;
import io.mqlsync.core.scoring.Qualification;
import io.mqlsync.core.scoring.ScoringModel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Ruleless models carrying only the thresholds and clamps the planner reads. */
final class TestModels {
    private TestModels() {
    }

    static ScoringModel thresholds(double intentMax, double fitMin, double intentMin, double scoreMin) {
        return new ScoringModel("test", 1, new FitSection(-100, 100, List.of()),
                new IntentSection(0, intentMax, Decay.none(), List.of(), List.of()),
                new Qualification(OptionalDouble.of(fitMin), OptionalDouble.of(intentMin), OptionalDouble.of(scoreMin),
                        Optional.empty()),
                new QuadrantThresholds(fitMin, intentMin));
    }
}
