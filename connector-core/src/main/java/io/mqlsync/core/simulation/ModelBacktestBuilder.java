package io.mqlsync.core.simulation;

import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Judges one model case by case and sums up into a {@link ModelBacktest}. Not thread-safe. */
final class ModelBacktestBuilder {
    private final ScoringModel model;
    private final BacktestSettings settings;
    private final Map<String, long[]> bySource = new TreeMap<>();
    private final Map<String, Long> rejections = new TreeMap<>();
    private final List<Judged> judged = new ArrayList<>();
    private long flagged;
    private long flaggedConverted;
    private long converted;
    private long convertedFlagged;
    private long flaggedPending;

    ModelBacktestBuilder(ScoringModel model, BacktestSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /** @param card the model's card for the case, scored at its moment */
    void add(OutcomeCase c, ScoreCard card, String source) {
        boolean isFlagged = card.qualifies();
        Outcome outcome = c.outcome();
        if (outcome.positive()) {
            converted++;
            convertedFlagged += isFlagged ? 1 : 0;
        }
        if (!outcome.resolved()) {
            flaggedPending += isFlagged ? 1 : 0;
            return;
        }
        Set<Gate> failed = Gate.failed(model.qualify(), card);
        boolean otherGatesPass = failed.isEmpty() || failed.equals(Set.of(Gate.SCORE_MIN));
        judged.add(new Judged(card.score(), otherGatesPass, outcome.positive()));
        if (!isFlagged) {
            return;
        }
        flagged++;
        flaggedConverted += outcome.positive() ? 1 : 0;
        if (c.origin() == OutcomeCase.Origin.HANDOFF) {
            long[] counts = bySource.computeIfAbsent(source, k -> new long[2]);
            counts[0]++;
            counts[1] += outcome.positive() ? 1 : 0;
        }
        if (!outcome.positive()) {
            rejections.merge(c.reason().orElse(outcome.name().toLowerCase(Locale.ROOT)), 1L, Long::sum);
        }
    }

    ModelBacktest build() {
        List<SourceRate> sources = bySource.entrySet().stream()
                .map(e -> new SourceRate(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(SourceRate::flagged).reversed().thenComparing(SourceRate::source))
                .toList();
        List<ReasonCount> reasons = rejections.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ReasonCount::cases).reversed().thenComparing(ReasonCount::reason))
                .toList();
        return new ModelBacktest(model.id(), flagged, flaggedConverted, ratio(flaggedConverted, flagged), converted,
                convertedFlagged, ratio(convertedFlagged, converted), flaggedPending, sources, reasons, sweep());
    }

    private ThresholdSweep sweep() {
        double step = settings.sweepStep();
        long positives = judged.stream().filter(Judged::positive).count();
        double min = judged.stream().filter(Judged::otherGatesPass).mapToDouble(Judged::score).min().orElse(Double.NaN);
        double max = judged.stream().filter(Judged::otherGatesPass).mapToDouble(Judged::score).max().orElse(Double.NaN);
        List<SweepRow> rows = new ArrayList<>();
        if (!Double.isNaN(min)) {
            for (double t = Math.floor(min / step) * step; t <= max; t += step) {
                rows.add(row(t, positives));
            }
        }
        Optional<SweepRow> suggested = rows.stream()
                .filter(r -> r.flagged() >= settings.minFlagged())
                .filter(r -> r.precision().orElse(0.0) >= settings.targetPrecision())
                .findFirst();
        return new ThresholdSweep(settings.targetPrecision(), rows, suggested);
    }

    private SweepRow row(double threshold, long positives) {
        long flaggedAt = 0;
        long convertedAt = 0;
        for (Judged j : judged) {
            if (j.otherGatesPass() && j.score() >= threshold) {
                flaggedAt++;
                convertedAt += j.positive() ? 1 : 0;
            }
        }
        return new SweepRow(threshold, flaggedAt, convertedAt, ratio(convertedAt, flaggedAt), ratio(convertedAt, positives));
    }

    private static Optional<Double> ratio(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
    }

    /** A resolved case as the sweep needs it. */
    private record Judged(double score, boolean otherGatesPass, boolean positive) {
    }
}
