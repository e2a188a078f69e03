package io.mqlsync.app.calibrate;

import com.oracle.labs.mlrg.olcut.util.Pair;
import io.mqlsync.core.simulation.LabelledCase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGradRDA;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * An L2-regularised logistic regression of conversion on the rules that fired (each feature the share of the
 * rule's full weight it contributed), fitted with Tribuo's linear SGD (log loss, AdaGrad with regularised dual
 * averaging). Deterministic for a seed. Thread-safe: each call trains its own model.
 */
final class RuleRegression {
    static final String CONVERTED = "converted";
    static final String NOT_CONVERTED = "not-converted";
    private static final String FEATURE_PREFIX = "rule:";
    private static final String BIAS = "BIAS";
    /** Tribuo refuses an example without features: a case where no rule fired still has this one. */
    private static final String CONSTANT = "constant";

    private final double l2;
    private final int epochs;
    private final long seed;

    /**
     * @param l2     the L2 penalty: pulls coefficients of rarely fired rules towards 0
     * @param epochs passes over the cases
     * @param seed   the shuffling seed
     */
    RuleRegression(double l2, int epochs, long seed) {
        this.l2 = l2;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** @param cases resolved cases with both outcomes present */
    RegressionFit fit(List<LabelledCase> cases) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("mqlsync outcomes", labels), labels);
        for (LabelledCase c : cases) {
            Label label = new Label(c.converted() ? CONVERTED : NOT_CONVERTED);
            ArrayExample<Label> example = new ArrayExample<>(label);
            example.add(CONSTANT, 1.0);
            c.shares().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> example.add(FEATURE_PREFIX + e.getKey(), e.getValue()));
            data.add(example);
        }
        int features = Math.max(1, data.getFeatureMap().size());
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGradRDA(0.5, 1e-6, 0, l2, features), epochs, Integer.MAX_VALUE, 1, seed);
        LinearSGDModel model = trainer.train(data);
        return coefficients(model.getTopFeatures(-1));
    }

    /** The two classes' weights differ by the binary logistic coefficients. */
    private static RegressionFit coefficients(Map<String, List<Pair<String, Double>>> byLabel) {
        Map<String, Double> converted = weights(byLabel.getOrDefault(CONVERTED, List.of()));
        Map<String, Double> not = weights(byLabel.getOrDefault(NOT_CONVERTED, List.of()));
        Map<String, Double> coefficients = new HashMap<>();
        for (String feature : converted.keySet()) {
            if (feature.startsWith(FEATURE_PREFIX)) {
                coefficients.put(feature.substring(FEATURE_PREFIX.length()),
                        converted.get(feature) - not.getOrDefault(feature, 0.0));
            }
        }
        double intercept = converted.getOrDefault(BIAS, 0.0) - not.getOrDefault(BIAS, 0.0)
                + converted.getOrDefault(CONSTANT, 0.0) - not.getOrDefault(CONSTANT, 0.0);
        return new RegressionFit(intercept, coefficients);
    }

    private static Map<String, Double> weights(List<Pair<String, Double>> pairs) {
        Map<String, Double> weights = new HashMap<>();
        pairs.forEach(p -> weights.put(p.getA(), p.getB()));
        return weights;
    }
}
