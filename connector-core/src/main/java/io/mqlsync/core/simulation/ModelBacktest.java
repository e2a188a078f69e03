package io.mqlsync.core.simulation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model judged against the recorded outcomes.
 *
 * @param model            the model's {@code name@version}
 * @param flagged          resolved cases the model flags at their moment
 * @param flaggedConverted of those, how many converted
 * @param precision        flaggedConverted / flagged; empty when nothing is flagged
 * @param converted        converted cases (handoffs that became SQL or won, and SQLs without a handoff)
 * @param convertedFlagged of those, how many the model flags first
 * @param recall           convertedFlagged / converted; empty when nothing converted
 * @param flaggedPending   cases the model flags whose outcome is not known yet
 * @param bySource         conversion of the flagged handoffs per source, most flagged first
 * @param rejections       the reasons flagged handoffs were turned down for, most frequent first
 * @param sweep            the threshold sweep
 */
public record ModelBacktest(String model, long flagged, long flaggedConverted, Optional<Double> precision, long converted,
                            long convertedFlagged, Optional<Double> recall, long flaggedPending, List<SourceRate> bySource,
                            List<ReasonCount> rejections, ThresholdSweep sweep) {
    public ModelBacktest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(recall, "recall");
        bySource = List.copyOf(bySource);
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(sweep, "sweep");
    }
}
