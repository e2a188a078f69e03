package io.mqlsync.app.calibrate;

import java.util.Map;

/**
 * A fitted logistic regression: the log-odds of conversion is {@code intercept + sum(coefficient * share)}.
 *
 * @param intercept    the log-odds with no rule fired
 * @param coefficients per rule seen firing, the change in log-odds a full contribution of the rule brings
 */
record RegressionFit(double intercept, Map<String, Double> coefficients) {
    RegressionFit {
        coefficients = Map.copyOf(coefficients);
    }

    /** The rule's coefficient; 0 for a rule that never fired (the regression learned nothing about it). */
    double coefficient(String rule) {
        return coefficients.getOrDefault(rule, 0.0);
    }
}
