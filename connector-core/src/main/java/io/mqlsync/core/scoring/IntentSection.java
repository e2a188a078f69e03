package io.mqlsync.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The intent half of a model: rule contributions add up, the first matching source multiplies the
 * sum, and the product is clamped to [{@code min}, {@code max}].
 *
 * @param min     lower clamp, 0 unless the model says otherwise
 * @param max     upper clamp; {@link Double#POSITIVE_INFINITY} when the model sets none
 * @param decay   the model's default decay ({@link Decay#none()} when it sets none); rules carry their
 *                effective decay already resolved
 * @param rules   in file order
 * @param sources multipliers, first match wins
 */
public record IntentSection(double min, double max, Decay decay, List<IntentRule> rules,
                            List<SourceMultiplier> sources) {
    public IntentSection {
        Objects.requireNonNull(decay, "decay");
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
        if (!(min <= max)) {
            throw new IllegalArgumentException("intent.min must not exceed intent.max");
        }
    }
}
