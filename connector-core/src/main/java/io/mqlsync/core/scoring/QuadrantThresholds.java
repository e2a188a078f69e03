package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Quadrant;

/** Fit at or above {@code fitHigh} is high fit; intent at or above {@code intentHigh} is high intent. */
public record QuadrantThresholds(double fitHigh, double intentHigh) {
    public Quadrant quadrantOf(double fit, double intent) {
        return Quadrant.of(fit >= fitHigh, intent >= intentHigh);
    }
}
