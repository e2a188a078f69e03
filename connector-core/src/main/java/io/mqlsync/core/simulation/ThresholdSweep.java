package io.mqlsync.core.simulation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code scoreMin} tried on a grid against the resolved cases, and the smallest value (the one keeping the
 * most converted leads) that meets the target precision while flagging enough cases to mean something.
 *
 * @param targetPrecision the precision looked for
 * @param rows            one per threshold tried, ascending
 * @param suggested       the smallest threshold meeting the target; empty when none does
 */
public record ThresholdSweep(double targetPrecision, List<SweepRow> rows, Optional<SweepRow> suggested) {
    public ThresholdSweep {
        rows = List.copyOf(rows);
        Objects.requireNonNull(suggested, "suggested");
    }
}
