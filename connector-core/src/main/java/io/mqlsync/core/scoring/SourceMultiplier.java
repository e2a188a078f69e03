package io.mqlsync.core.scoring;

import java.util.Objects;

/** Multiplies the intent total when {@code condition} holds for the lead (e.g. organic search 1.2). */
public record SourceMultiplier(Condition condition, double multiplier) {
    public SourceMultiplier {
        Objects.requireNonNull(condition, "condition");
        if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("a multiplier must be a finite number of at least 0");
        }
    }
}
