package io.mqlsync.core.simulation;

import java.util.Optional;

/**
 * What a model would flag among the resolved cases with {@code scoreMin} set to one value, its other gates unchanged.
 *
 * @param scoreMin  the threshold tried
 * @param flagged   resolved cases flagged
 * @param converted of those, how many converted
 * @param precision converted / flagged; empty when nothing is flagged
 * @param recall    converted / all converted cases; empty when there are none
 */
public record SweepRow(double scoreMin, long flagged, long converted, Optional<Double> precision, Optional<Double> recall) {
}
