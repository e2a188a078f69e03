package io.mqlsync.core.scoring;

import java.time.Duration;
import java.util.Objects;

/** {@code atLeast} matching events within {@code within} (inclusive), for example 3 pricing views in 7 days. */
public record Window(int atLeast, Duration within) {
    public Window {
        Objects.requireNonNull(within, "within");
        if (atLeast < 1) {
            throw new IllegalArgumentException("atLeast must be at least 1");
        }
        if (within.isNegative()) {
            throw new IllegalArgumentException("within must not be negative");
        }
    }
}
