package io.mqlsync.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.Quadrant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
    @TempDir
    Path dir;

    private SimulationReport report;

    @BeforeEach
    void simulate() {
        BacktestSettings settings = new BacktestSettings(0.6, 30, 1, 5, Duration.ofDays(14));
        Simulation simulation = new Simulation(Scenario.model(dir, "live", Scenario.LIVE),
                Scenario.model(dir, "candidate", Scenario.CANDIDATE), Scenario.outcomes(), Scenario.NOW, settings);
        for (LeadRecord lead : Scenario.leads()) {
            simulation.add(lead, Scenario.eventsOf(lead.id()));
        }
        report = simulation.report();
    }

    @Test
    void countsTheMqlsOfBothModelsAndNamesTheModels() {
        assertThat(report.liveModel()).isEqualTo("live@3");
        assertThat(report.candidateModel()).isEqualTo("live@4");
        assertThat(report.comparison().records()).isEqualTo(5);
        assertThat(report.comparison().liveMqls()).isEqualTo(3);
        assertThat(report.comparison().candidateMqls()).isEqualTo(3);
    }

    @Test
    void aGainedMqlNamesTheRuleThatLiftedItAndTheGateTheLiveCardFailed() {
        assertThat(report.comparison().gained()).containsExactly(new MqlChange(new LeadId("l4"), 40, 50,
                List.of(new RuleDelta("big-company", 10, 20)), Set.of(Gate.SCORE_MIN)));
    }

    @Test
    void aLostMqlNamesTheRuleThatSankItAndTheGateTheCandidateFails() {
        assertThat(report.comparison().lost()).containsExactly(new MqlChange(new LeadId("l3"), 50, 30,
                List.of(new RuleDelta("demo", 50, 30)), Set.of(Gate.SCORE_MIN)));
    }

    @Test
    void onlyTheBusyAnalystWithABigCompanyMovesQuadrant() {
        QuadrantMoves moves = report.comparison().quadrants();

        assertThat(moves.moved()).isEqualTo(1);
        assertThat(moves.count(Quadrant.PARK, Quadrant.NURTURE)).isEqualTo(1);
        assertThat(moves.count(Quadrant.ROUTE, Quadrant.ROUTE)).isEqualTo(2);
        assertThat(moves.count(Quadrant.REVIEW, Quadrant.REVIEW)).isEqualTo(1);
        assertThat(moves.count(Quadrant.NURTURE, Quadrant.NURTURE)).isEqualTo(1);
    }

    @Test
    void theScoreDistributionsOfBothModelsShareTheirBins() {
        ScoreShift scores = report.comparison().scores();

        // live 10 40 50 70 80, candidate 20 30 50 50 70
        assertThat(scores.live().orElseThrow().median()).isEqualTo(50);
        assertThat(scores.candidate().orElseThrow().median()).isEqualTo(50);
        assertThat(scores.live().orElseThrow().mean()).isEqualTo(50);
        assertThat(scores.candidate().orElseThrow().mean()).isEqualTo(44);
        assertThat(scores.histogram().start()).isEqualTo(10);
        assertThat(scores.histogram().live()).containsExactly(1L, 0L, 0L, 1L, 1L, 0L, 1L, 1L);
        assertThat(scores.histogram().candidate()).containsExactly(0L, 1L, 1L, 0L, 2L, 0L, 1L, 0L);
    }

    @Test
    void theLiveModelFlagsAllThreeHandoffsOfWhichOneConvertedAndMissesTheSqlSalesFound() {
        ModelBacktest live = report.backtest().live();

        assertThat(live.flagged()).isEqualTo(3);
        assertThat(live.flaggedConverted()).isEqualTo(1);
        assertThat(live.precision().orElseThrow()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(live.converted()).isEqualTo(2);
        assertThat(live.recall().orElseThrow()).isEqualTo(0.5);
        assertThat(live.rejections()).containsExactly(new ReasonCount("sla_expired", 1), new ReasonCount("timing", 1));
        assertThat(live.bySource()).containsExactly(new SourceRate("google", 2, 1), new SourceRate("linkedin", 1, 0));
    }

    @Test
    void theCandidateDropsTheExpiredHandoffAndFlagsTheSqlSalesFound() {
        ModelBacktest candidate = report.backtest().candidate();

        assertThat(candidate.flagged()).isEqualTo(3);
        assertThat(candidate.flaggedConverted()).isEqualTo(2);
        assertThat(candidate.precision().orElseThrow()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(candidate.recall().orElseThrow()).isEqualTo(1.0);
        assertThat(candidate.rejections()).containsExactly(new ReasonCount("timing", 1));
        assertThat(candidate.bySource()).containsExactly(new SourceRate("google", 1, 1), new SourceRate("linkedin", 1, 0));
    }

    @Test
    void theBacktestCountsCasesAndSaysFourOutcomesAreNotEnough() {
        Backtest backtest = report.backtest();

        assertThat(backtest.cases()).isEqualTo(4);
        assertThat(backtest.resolved()).isEqualTo(4);
        assertThat(backtest.converted()).isEqualTo(2);
        assertThat(backtest.outcomesWithoutRecord()).as("l6 was not read").isEqualTo(1);
        assertThat(backtest.enoughOutcomes()).isFalse();
    }

    @Test
    void theSweepSuggestsTheSmallestThresholdThatMeetsTheTargetPrecision() {
        // candidate scores of the cases: l1 70 converted, l2 50 rejected, l3 30 expired, l4 50 converted
        ThresholdSweep sweep = report.backtest().candidate().sweep();

        assertThat(sweep.rows()).extracting(SweepRow::scoreMin).containsExactly(30.0, 35.0, 40.0, 45.0, 50.0, 55.0, 60.0,
                65.0, 70.0);
        assertThat(sweep.rows().get(0).precision()).contains(0.5);
        SweepRow suggested = sweep.suggested().orElseThrow();
        assertThat(suggested.scoreMin()).isEqualTo(35);
        assertThat(suggested.flagged()).isEqualTo(3);
        assertThat(suggested.recall()).contains(1.0);
    }

    @Test
    void theLiveSweepNeedsAHigherThresholdForTheSamePrecision() {
        // live scores: l1 80 converted, l2 70 rejected, l3 50 expired, l4 40 converted
        assertThat(report.backtest().live().sweep().suggested().orElseThrow().scoreMin()).isEqualTo(75);
    }

    @Test
    void theSweepSaysSoWhenNoThresholdMeetsTheTarget() {
        BacktestSettings strict = new BacktestSettings(1.0, 30, 2, 5, Duration.ofDays(14));
        Simulation simulation = new Simulation(Scenario.model(dir, "live", Scenario.LIVE),
                Scenario.model(dir, "candidate", Scenario.CANDIDATE), Scenario.outcomes(), Scenario.NOW, strict);
        Scenario.leads().forEach(lead -> simulation.add(lead, Scenario.eventsOf(lead.id())));

        ThresholdSweep sweep = simulation.report().backtest().candidate().sweep();

        assertThat(sweep.rows()).isNotEmpty();
        assertThat(sweep.suggested()).as("precision 1 only with one flagged case, fewer than 2").isEmpty();
    }

    @Test
    void noRecordsGiveAnEmptyComparisonAndNoFigures() {
        Simulation simulation = new Simulation(Scenario.model(dir, "live", Scenario.LIVE),
                Scenario.model(dir, "candidate", Scenario.CANDIDATE), new OutcomeHistory(), Scenario.NOW,
                BacktestSettings.of(0.3, Duration.ofDays(14)));

        SimulationReport empty = simulation.report();

        assertThat(empty.comparison().records()).isZero();
        assertThat(empty.comparison().scores().live()).isEmpty();
        assertThat(empty.comparison().scores().histogram().live()).isEmpty();
        assertThat(empty.backtest().live().precision()).isEmpty();
        assertThat(empty.backtest().live().recall()).isEmpty();
        assertThat(empty.backtest().candidate().sweep().suggested()).isEmpty();
        assertThat(empty.backtest().enoughOutcomes()).isFalse();
    }

    @Test
    void aModelComparedWithItselfChangesNothingAndScoresTheSame() {
        Simulation simulation = new Simulation(Scenario.model(dir, "live", Scenario.LIVE),
                Scenario.model(dir, "again", Scenario.LIVE), Scenario.outcomes(), Scenario.NOW,
                BacktestSettings.of(0.3, Duration.ofDays(14)));
        Scenario.leads().forEach(lead -> simulation.add(lead, Scenario.eventsOf(lead.id())));

        SimulationReport same = simulation.report();

        assertThat(same.comparison().gained()).isEmpty();
        assertThat(same.comparison().lost()).isEmpty();
        assertThat(same.comparison().quadrants().moved()).isZero();
        assertThat(same.comparison().scores().histogram().live()).isEqualTo(same.comparison().scores().histogram().candidate());
        assertThat(same.backtest().candidate()).usingRecursiveComparison().isEqualTo(same.backtest().live());
    }
}
