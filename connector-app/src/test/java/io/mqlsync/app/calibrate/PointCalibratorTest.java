package io.mqlsync.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.simulation.LabelledCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointCalibratorTest {
    static final String MODEL = """
            name: planted
            version: 1
            fit:
              rules:
                - { id: title, points: 10, if: { field: jobTitle, matches: vp } }
                - { id: student, points: -5, if: { field: jobTitle, matches: student } }
                - { id: rare, points: 7, if: { field: jobTitle, matches: founder } }
            intent:
              max: 150
              rules:
                - { id: demo, points: 20, event: { type: FORM_SUBMITTED } }
                - { id: pricing, points: 2, max: 10, event: { type: PAGE_VIEWED } }
            """;

    @TempDir
    Path dir;

    private ScoringModel model;
    private final PointCalibrator calibrator = new PointCalibrator(new RuleRegression(1e-3, 30, 3));

    @BeforeEach
    void model() throws IOException {
        model = new ModelLoader().load(Files.writeString(dir.resolve("planted.yaml"), MODEL));
    }

    @Test
    void suggestedPointsFollowTheSignAndOrderOfThePlantedEffects() {
        Calibration calibration = calibrator.calibrate(model, RuleRegressionTest.synthetic(5, 3000));

        Map<String, RuleEvidence> rules = byRule(calibration);
        assertThat(rules.get("demo").suggestedPoints()).isGreaterThan(rules.get("title").suggestedPoints());
        assertThat(rules.get("title").suggestedPoints()).isGreaterThan(0);
        assertThat(rules.get("student").suggestedPoints()).isLessThan(0);
        assertThat(rules.get("demo").verdict()).isEqualTo(RuleEvidence.Verdict.SUGGESTED);
        assertThat(rules.get("demo").rateFired().orElseThrow()).isGreaterThan(rules.get("demo").rateNotFired().orElseThrow());
        assertThat(calibration.warnings()).isEmpty();
    }

    @Test
    void theSuggestionKeepsTheTotalWeightOfTheRulesItJudges() {
        Calibration calibration = calibrator.calibrate(model, RuleRegressionTest.synthetic(5, 3000));

        // title 10, student 5, demo 20, pricing's cap 10: 45 points of weight, before and after (up to rounding)
        double after = calibration.rules().stream().filter(r -> r.verdict() == RuleEvidence.Verdict.SUGGESTED)
                .mapToDouble(r -> Math.abs(r.suggestedMax().orElse(r.suggestedPoints()))).sum();
        assertThat(after).isBetween(44.5, 45.5);
    }

    @Test
    void aCappedIntentRuleKeepsTheRatioOfItsPointsToItsCap() {
        RuleEvidence pricing = byRule(calibrator.calibrate(model, RuleRegressionTest.synthetic(5, 3000))).get("pricing");

        assertThat(pricing.suggestedMax()).isPresent();
        assertThat(pricing.suggestedPoints()).isCloseTo(pricing.suggestedMax().get() / 5, org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void aRuleThatFiredOnTooFewCasesKeepsItsPoints() {
        List<LabelledCase> cases = new ArrayList<>(RuleRegressionTest.synthetic(5, 3000));
        cases.add(new LabelledCase(new LeadId("f1"), Map.of("rare", 1.0), true));

        RuleEvidence rare = byRule(calibrator.calibrate(model, cases)).get("rare");

        assertThat(rare.verdict()).isEqualTo(RuleEvidence.Verdict.TOO_FEW_FIRED);
        assertThat(rare.fired()).isEqualTo(1);
        assertThat(rare.suggestedPoints()).isEqualTo(7);
    }

    @Test
    void fewOutcomesEarnAWarning() {
        Calibration calibration = calibrator.calibrate(model, RuleRegressionTest.synthetic(5, 60));

        assertThat(calibration.warnings()).anyMatch(w -> w.startsWith("too few outcomes: 60 resolved cases"));
    }

    @Test
    void outcomesOfOneKindTeachNothing() {
        List<LabelledCase> converted = List.of(new LabelledCase(new LeadId("1"), Map.of("demo", 1.0), true),
                new LabelledCase(new LeadId("2"), Map.of(), true));

        assertThatThrownBy(() -> calibrator.calibrate(model, converted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs both converted and turned-down handoffs");
    }

    private static Map<String, RuleEvidence> byRule(Calibration calibration) {
        Map<String, RuleEvidence> rules = new java.util.HashMap<>();
        calibration.rules().forEach(r -> rules.put(r.rule(), r));
        return rules;
    }
}
