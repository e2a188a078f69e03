package io.mqlsync.app.calibrate;

import java.util.List;
import java.util.Objects;

/**
 * The result of calibrating a model on recorded outcomes.
 *
 * @param model      the live model's {@code name@version}
 * @param cases      resolved cases learned from
 * @param converted  of those, how many converted
 * @param intercept  the regression's log-odds of conversion with no rule fired
 * @param scale      points per unit of log-odds used to map coefficients back to the model's scale
 * @param rules      the evidence and suggestion per rule, in model order
 * @param warnings   what makes the suggestion unreliable (too few outcomes, one-sided outcomes); empty when none
 */
public record Calibration(String model, long cases, long converted, double intercept, double scale,
                          List<RuleEvidence> rules, List<String> warnings) {
    public Calibration {
        Objects.requireNonNull(model, "model");
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }
}
