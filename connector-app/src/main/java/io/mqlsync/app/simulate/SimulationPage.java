package io.mqlsync.app.simulate;

import io.mqlsync.app.report.Block;
import io.mqlsync.app.report.Chart;
import io.mqlsync.app.report.Figures;
import io.mqlsync.app.report.Figures.Figure;
import io.mqlsync.app.report.Note;
import io.mqlsync.app.report.ReportPage;
import io.mqlsync.app.report.Section;
import io.mqlsync.app.report.Table;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.simulation.Backtest;
import io.mqlsync.core.simulation.Comparison;
import io.mqlsync.core.simulation.Histogram;
import io.mqlsync.core.simulation.ModelBacktest;
import io.mqlsync.core.simulation.MqlChange;
import io.mqlsync.core.simulation.ReasonCount;
import io.mqlsync.core.simulation.SimulationReport;
import io.mqlsync.core.simulation.SourceRate;
import io.mqlsync.core.simulation.SweepRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps a {@link SimulationReport} onto the report's page model: the same charts as {@code mqlsync report}. */
final class SimulationPage {
    private SimulationPage() {
    }

    static ReportPage of(SimulationReport report) {
        return new ReportPage("Model simulation: " + report.candidateModel() + " vs " + report.liveModel(),
                List.of("Live model " + report.liveModel() + ", candidate " + report.candidateModel() + ", scored at "
                        + report.at() + " (UTC)", "Nothing was written to the CRM."),
                List.of(changes(report.comparison()), backtest(report.backtest())));
    }

    private static Section changes(Comparison c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Figures.of(Figure.of("Records", Long.toString(c.records())),
                Figure.of("MQLs now", Long.toString(c.liveMqls())),
                Figure.of("MQLs with the candidate", Long.toString(c.candidateMqls())),
                Figure.of("Gained", Integer.toString(c.gained().size())),
                Figure.of("Lost", Integer.toString(c.lost().size())),
                Figure.of("Change quadrant", Long.toString(c.quadrants().moved()))));
        Histogram h = c.scores().histogram();
        List<String> bins = new ArrayList<>();
        for (int i = 0; i < h.live().size(); i++) {
            bins.add(String.format(Locale.ROOT, "%.0f to %.0f", h.lowerEdge(i), h.lowerEdge(i + 1)));
        }
        blocks.add(new Chart("Score distribution", Chart.Kind.BAR, Chart.Unit.COUNT, bins,
                List.of(Chart.Dataset.of("live", h.live()), Chart.Dataset.of("candidate", h.candidate()))));
        blocks.add(changeTable("MQLs gained", c.gained()));
        blocks.add(changeTable("MQLs lost", c.lost()));
        List<String> columns = new ArrayList<>(List.of("live \\ candidate"));
        List<List<String>> rows = new ArrayList<>();
        for (Quadrant live : Quadrant.values()) {
            columns.add(live.name());
            List<String> row = new ArrayList<>(List.of(live.name()));
            for (Quadrant candidate : Quadrant.values()) {
                row.add(Long.toString(c.quadrants().count(live, candidate)));
            }
            rows.add(row);
        }
        blocks.add(new Table("Quadrant moves", columns, c.records() == 0 ? List.of() : rows));
        return new Section("What would change", blocks);
    }

    private static Table changeTable(String caption, List<MqlChange> changes) {
        return new Table(caption, List.of("lead", "live score", "candidate score", "fails", "rules that differ"),
                changes.stream().map(ch -> List.of(ch.lead().value(), score(ch.liveScore()), score(ch.candidateScore()),
                        ch.gates().stream().map(SimulationText::gate).sorted().collect(Collectors.joining(", ")),
                        ch.rules().stream().map(d -> String.format(Locale.ROOT, "%s %+.1f", d.rule(), d.delta()))
                                .collect(Collectors.joining(", ")))).toList());
    }

    private static Section backtest(Backtest b) {
        List<Block> blocks = new ArrayList<>();
        if (!b.enoughOutcomes()) {
            blocks.add(Note.notEnoughData(String.format(Locale.ROOT, "Not enough outcomes: %d resolved cases, fewer "
                    + "than %d. The figures below are not meaningful yet.", b.resolved(), b.settings().minOutcomes())));
        }
        ModelBacktest live = b.live();
        ModelBacktest candidate = b.candidate();
        blocks.add(Figures.of(Figure.of("Resolved cases", Long.toString(b.resolved()), b.converted() + " converted"),
                Figure.of("Precision now", SimulationText.percent(live.precision()), live.flaggedConverted() + " of "
                        + live.flagged() + " flagged"),
                Figure.of("Precision, candidate", SimulationText.percent(candidate.precision()),
                        candidate.flaggedConverted() + " of " + candidate.flagged() + " flagged"),
                Figure.of("Recall now", SimulationText.percent(live.recall())),
                Figure.of("Recall, candidate", SimulationText.percent(candidate.recall()))));
        List<String> sources = new ArrayList<>(union(live.bySource(), candidate.bySource(), SourceRate::source));
        blocks.add(new Chart("MQL to SQL by source", Chart.Kind.BAR, Chart.Unit.PERCENT, sources,
                List.of(new Chart.Dataset("live", sources.stream().map(s -> rate(live, s)).toList()),
                        new Chart.Dataset("candidate", sources.stream().map(s -> rate(candidate, s)).toList()))));
        List<String> reasons = new ArrayList<>(union(live.rejections(), candidate.rejections(), ReasonCount::reason));
        blocks.add(new Chart("Why flagged handoffs were turned down", Chart.Kind.HORIZONTAL_BAR, Chart.Unit.COUNT, reasons,
                List.of(Chart.Dataset.of("live", reasons.stream().map(r -> cases(live, r)).toList()),
                        Chart.Dataset.of("candidate", reasons.stream().map(r -> cases(candidate, r)).toList()))));
        blocks.add(sweepChart(candidate, b.settings().targetPrecision()));
        blocks.add(Note.info(suggestion(candidate) + " " + suggestion(live)));
        blocks.add(Note.info("Each handoff is judged at the moment it was made, with the events up to then and the "
                + "lead's fields as they are now. Leads only the candidate would flag were never handed off: they have "
                + "no outcome and count in neither precision nor the sweep."));
        return new Section("Backtest against recorded outcomes", blocks);
    }

    private static Chart sweepChart(ModelBacktest model, double target) {
        List<SweepRow> rows = model.sweep().rows();
        return new Chart("Threshold sweep of the candidate (scoreMin)", Chart.Kind.LINE, Chart.Unit.PERCENT,
                rows.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.scoreMin())).toList(),
                List.of(new Chart.Dataset("precision", rows.stream().map(r -> percent(r.precision())).toList()),
                        new Chart.Dataset("recall", rows.stream().map(r -> percent(r.recall())).toList()),
                        Chart.Dataset.of("target precision", rows.stream().map(r -> target * 100).toList())));
    }

    private static String suggestion(ModelBacktest model) {
        return model.sweep().suggested()
                .map(r -> String.format(Locale.ROOT, "%s: scoreMin %.0f meets the target (precision %s, recall %s).",
                        model.model(), r.scoreMin(), SimulationText.percent(r.precision()), SimulationText.percent(r.recall())))
                .orElse(model.model() + ": no scoreMin meets the target precision with enough flagged cases.");
    }

    private static <T> TreeSet<String> union(List<T> a, List<T> b, Function<T, String> key) {
        TreeSet<String> keys = new TreeSet<>();
        a.forEach(x -> keys.add(key.apply(x)));
        b.forEach(x -> keys.add(key.apply(x)));
        return keys;
    }

    private static OptionalDouble rate(ModelBacktest model, String source) {
        return percent(model.bySource().stream().filter(s -> s.source().equals(source)).findFirst().flatMap(SourceRate::rate));
    }

    private static long cases(ModelBacktest model, String reason) {
        return model.rejections().stream().filter(r -> r.reason().equals(reason)).mapToLong(ReasonCount::cases).sum();
    }

    private static OptionalDouble percent(Optional<Double> share) {
        return share.map(s -> OptionalDouble.of(s * 100)).orElse(OptionalDouble.empty());
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
