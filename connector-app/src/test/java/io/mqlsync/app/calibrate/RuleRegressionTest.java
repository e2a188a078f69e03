package io.mqlsync.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.simulation.LabelledCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RuleRegressionTest {
    /** Planted log-odds effects: demo strongly up, title up a little, student down. */
    static final Map<String, Double> PLANTED = Map.of("demo", 2.5, "title", 1.0, "pricing", 0.3, "student", -2.0);
    static final double PLANTED_INTERCEPT = -1.5;

    static List<LabelledCase> synthetic(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LabelledCase> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> shares = new HashMap<>();
            double logit = PLANTED_INTERCEPT;
            for (Map.Entry<String, Double> rule : PLANTED.entrySet()) {
                if (random.nextDouble() < 0.4) {
                    shares.put(rule.getKey(), 1.0);
                    logit += rule.getValue();
                }
            }
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            cases.add(new LabelledCase(new LeadId("s" + i), shares, converted));
        }
        return cases;
    }

    @Test
    void recoversTheSignAndOrderOfPlantedEffects() {
        RegressionFit fit = new RuleRegression(1e-3, 30, 7).fit(synthetic(11, 3000));

        assertThat(fit.coefficient("demo")).isGreaterThan(fit.coefficient("title"));
        assertThat(fit.coefficient("title")).isGreaterThan(fit.coefficient("pricing"));
        assertThat(fit.coefficient("pricing")).isGreaterThan(0).isGreaterThan(fit.coefficient("student"));
        assertThat(fit.coefficient("student")).isLessThan(0);
        assertThat(fit.intercept()).isLessThan(0);
    }
}
