package io.mqlsync.app.calibrate;

import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.simulation.LabelledCase;
import io.mqlsync.core.simulation.RuleWeight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns outcomes into suggested rule points: fits {@link RuleRegression} on the resolved cases, then maps each
 * rule's coefficient onto the model's scale so that the rules it can judge keep the total weight they have now
 * ({@code scale = sum |weight| / sum |coefficient|}); a rule with too little evidence keeps its points. An intent
 * rule whose cap differs from its points keeps the ratio of the two.
 */
final class PointCalibrator {
    /** A rule must fire on at least this many resolved cases to get new points. */
    static final int MIN_FIRED = 10;
    /** Fewer resolved cases than this, or fewer than a tenth of it on either side, earns a warning. */
    static final int MIN_OUTCOMES = 100;

    private final RuleRegression regression;

    PointCalibrator(RuleRegression regression) {
        this.regression = regression;
    }

    /**
     * @throws IllegalArgumentException when the cases hold only one outcome: nothing can be learned
     */
    Calibration calibrate(ScoringModel model, List<LabelledCase> cases) {
        long converted = cases.stream().filter(LabelledCase::converted).count();
        if (converted == 0 || converted == cases.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d resolved cases, %d converted: calibration "
                    + "needs both converted and turned-down handoffs", cases.size(), converted));
        }
        RegressionFit fit = regression.fit(cases);
        List<RuleWeight> weights = RuleWeight.of(model);
        double sumWeights = 0;
        double sumCoefficients = 0;
        for (RuleWeight w : weights) {
            if (judgeable(w.rule(), cases)) {
                sumWeights += Math.abs(w.weight());
                sumCoefficients += Math.abs(fit.coefficient(w.rule()));
            }
        }
        double scale = sumCoefficients == 0 ? 0 : sumWeights / sumCoefficients;
        List<RuleEvidence> evidence = new ArrayList<>();
        for (RuleWeight w : weights) {
            evidence.add(evidence(w, cases, fit, scale));
        }
        return new Calibration(model.id(), cases.size(), converted, fit.intercept(), scale, evidence,
                warnings(cases.size(), converted));
    }

    private static RuleEvidence evidence(RuleWeight w, List<LabelledCase> cases, RegressionFit fit, double scale) {
        long fired = 0;
        long convertedFired = 0;
        long convertedNotFired = 0;
        for (LabelledCase c : cases) {
            boolean firedHere = c.shares().containsKey(w.rule());
            fired += firedHere ? 1 : 0;
            convertedFired += firedHere && c.converted() ? 1 : 0;
            convertedNotFired += !firedHere && c.converted() ? 1 : 0;
        }
        long notFired = cases.size() - fired;
        Optional<Double> coefficient = fired == 0 ? Optional.empty() : Optional.of(fit.coefficient(w.rule()));
        RuleEvidence.Verdict verdict = fired < MIN_FIRED ? RuleEvidence.Verdict.TOO_FEW_FIRED
                : notFired == 0 ? RuleEvidence.Verdict.ALWAYS_FIRED : RuleEvidence.Verdict.SUGGESTED;
        if (verdict != RuleEvidence.Verdict.SUGGESTED || scale == 0) {
            return new RuleEvidence(w.rule(), w.kind(), fired, convertedFired, notFired, convertedNotFired, coefficient,
                    w.points(), w.points(), Optional.empty(), verdict);
        }
        double weight = round(scale * fit.coefficient(w.rule()));
        boolean capped = w.weight() != w.points();
        double points = capped ? round(weight * w.points() / w.weight()) : weight;
        return new RuleEvidence(w.rule(), w.kind(), fired, convertedFired, notFired, convertedNotFired, coefficient,
                w.points(), points, capped ? Optional.of(weight) : Optional.empty(), verdict);
    }

    private static boolean judgeable(String rule, List<LabelledCase> cases) {
        long fired = cases.stream().filter(c -> c.shares().containsKey(rule)).count();
        return fired >= MIN_FIRED && fired < cases.size();
    }

    private static List<String> warnings(long cases, long converted) {
        List<String> warnings = new ArrayList<>();
        if (cases < MIN_OUTCOMES) {
            warnings.add(String.format(Locale.ROOT, "too few outcomes: %d resolved cases, fewer than %d; treat the "
                    + "suggested points as a hint, not evidence", cases, MIN_OUTCOMES));
        }
        long smaller = Math.min(converted, cases - converted);
        if (smaller < MIN_OUTCOMES / 10) {
            warnings.add(String.format(Locale.ROOT, "lopsided outcomes: %d converted, %d not; coefficients rest on "
                    + "%d cases of the rarer kind", converted, cases - converted, smaller));
        }
        return warnings;
    }

    /** Points are read by people: one decimal is precision enough. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
