package io.mqlsync.core.scoring;

import java.util.List;

/**
 * The fit half of a model: matching rules add up, then the sum is clamped to [{@code min}, {@code max}].
 *
 * @param min   lower clamp; {@link Double#NEGATIVE_INFINITY} when the model sets none
 * @param max   upper clamp; {@link Double#POSITIVE_INFINITY} when the model sets none
 * @param rules in file order (within a group the first match wins)
 */
public record FitSection(double min, double max, List<FitRule> rules) {
    public FitSection {
        rules = List.copyOf(rules);
        if (!(min <= max)) {
            throw new IllegalArgumentException("fit.min must not exceed fit.max");
        }
    }
}
