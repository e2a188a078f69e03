package io.mqlsync.app.simulate;

import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.simulation.Backtest;
import io.mqlsync.core.simulation.Comparison;
import io.mqlsync.core.simulation.Gate;
import io.mqlsync.core.simulation.Histogram;
import io.mqlsync.core.simulation.ModelBacktest;
import io.mqlsync.core.simulation.MqlChange;
import io.mqlsync.core.simulation.RuleDelta;
import io.mqlsync.core.simulation.ScoreSummary;
import io.mqlsync.core.simulation.SimulationReport;
import io.mqlsync.core.simulation.SweepRow;
import io.mqlsync.core.simulation.ThresholdSweep;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes a {@link SimulationReport} for a person at a terminal. Lead ids, counts and rule ids only: no field values. */
final class SimulationText {
    /** Gained and lost leads listed one per line; the rest are counted (JSON lists them all). */
    static final int LISTED = 20;

    private final PrintWriter out;

    SimulationText(PrintWriter out) {
        this.out = out;
    }

    void write(SimulationReport report) {
        Comparison c = report.comparison();
        out.printf(Locale.ROOT, "simulate: live %s vs candidate %s, %d records scored at %s%n", report.liveModel(),
                report.candidateModel(), c.records(), report.at());
        out.printf(Locale.ROOT, "MQLs: live %d, candidate %d (%d gained, %d lost)%n", c.liveMqls(), c.candidateMqls(),
                c.gained().size(), c.lost().size());
        changes("gained", c.gained(), "live");
        changes("lost", c.lost(), "candidate");
        quadrants(c);
        scores(c);
        backtest(report.backtest());
        out.flush();
    }

    private void changes(String title, List<MqlChange> changes, String failing) {
        if (changes.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%s (%d):%n", title, changes.size());
        for (MqlChange change : changes.subList(0, Math.min(LISTED, changes.size()))) {
            String rules = change.rules().stream().map(SimulationText::delta).collect(Collectors.joining(", "));
            String gates = change.gates().stream().map(SimulationText::gate).sorted().collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "  %-14s score %6.1f -> %6.1f; %s fails %s; rules: %s%n", change.lead(),
                    change.liveScore(), change.candidateScore(), failing, gates, rules.isEmpty() ? "none changed" : rules);
        }
        if (changes.size() > LISTED) {
            out.printf(Locale.ROOT, "  ... and %d more (--format json lists them all)%n", changes.size() - LISTED);
        }
    }

    private void quadrants(Comparison c) {
        out.printf(Locale.ROOT, "quadrants (rows live, columns candidate); leads that move: %d%n", c.quadrants().moved());
        out.printf(Locale.ROOT, "  %-8s", "");
        for (Quadrant q : Quadrant.values()) {
            out.printf(Locale.ROOT, " %8s", q);
        }
        out.println();
        for (Quadrant live : Quadrant.values()) {
            out.printf(Locale.ROOT, "  %-8s", live);
            for (Quadrant candidate : Quadrant.values()) {
                out.printf(Locale.ROOT, " %8d", c.quadrants().count(live, candidate));
            }
            out.println();
        }
    }

    private void scores(Comparison c) {
        if (c.scores().live().isEmpty()) {
            out.println("scores: no records");
            return;
        }
        out.println("scores: live " + summary(c.scores().live().get()));
        out.println("        candidate " + summary(c.scores().candidate().orElseThrow()));
        Histogram h = c.scores().histogram();
        out.printf(Locale.ROOT, "  %-14s %8s %10s%n", "score", "live", "candidate");
        for (int i = 0; i < h.live().size(); i++) {
            out.printf(Locale.ROOT, "  [%5.0f, %5.0f) %8d %10d%n", h.lowerEdge(i), h.lowerEdge(i + 1), h.live().get(i),
                    h.candidate().get(i));
        }
    }

    private void backtest(Backtest b) {
        out.printf(Locale.ROOT, "backtest against recorded outcomes: %d cases, %d resolved, %d converted%s%n", b.cases(),
                b.resolved(), b.converted(), b.outcomesWithoutRecord() == 0 ? ""
                        : "; leads with outcomes not among the records read: " + b.outcomesWithoutRecord());
        if (!b.enoughOutcomes()) {
            out.printf(Locale.ROOT, "not enough outcomes: %d resolved cases, fewer than %d; the figures below are not "
                    + "meaningful yet%n", b.resolved(), b.settings().minOutcomes());
        }
        ModelBacktest live = b.live();
        ModelBacktest candidate = b.candidate();
        out.printf(Locale.ROOT, "  %-26s %12s %12s%n", "", "live", "candidate");
        row("flagged (resolved)", live.flagged(), candidate.flagged());
        row("flagged and converted", live.flaggedConverted(), candidate.flaggedConverted());
        out.printf(Locale.ROOT, "  %-26s %12s %12s%n", "precision", percent(live.precision()), percent(candidate.precision()));
        out.printf(Locale.ROOT, "  %-26s %12s %12s%n", "recall", percent(live.recall()), percent(candidate.recall()));
        row("flagged, outcome pending", live.flaggedPending(), candidate.flaggedPending());
        bySource(live, candidate);
        rejections("live", live);
        rejections("candidate", candidate);
        sweep("live", live.sweep());
        sweep("candidate", candidate.sweep());
    }

    private void row(String label, long live, long candidate) {
        out.printf(Locale.ROOT, "  %-26s %12d %12d%n", label, live, candidate);
    }

    private void bySource(ModelBacktest live, ModelBacktest candidate) {
        TreeSet<String> sources = new TreeSet<>();
        live.bySource().forEach(s -> sources.add(s.source()));
        candidate.bySource().forEach(s -> sources.add(s.source()));
        if (sources.isEmpty()) {
            return;
        }
        out.println("MQL -> SQL by source (converted/flagged):");
        for (String source : sources) {
            out.printf(Locale.ROOT, "  %-26s %12s %12s%n", source, rate(live, source), rate(candidate, source));
        }
    }

    private void rejections(String which, ModelBacktest model) {
        if (model.rejections().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "why %s's flagged handoffs were turned down: %s%n", which, model.rejections().stream()
                .map(r -> r.reason() + " " + r.cases()).collect(Collectors.joining(", ")));
    }

    private void sweep(String which, ThresholdSweep sweep) {
        if (sweep.rows().isEmpty()) {
            out.printf(Locale.ROOT, "threshold sweep (%s): no resolved cases to sweep%n", which);
            return;
        }
        out.printf(Locale.ROOT, "threshold sweep (%s, target precision %s):%n", which, percent(Optional.of(sweep.targetPrecision())));
        out.printf(Locale.ROOT, "  %8s %8s %10s %10s %8s%n", "scoreMin", "flagged", "converted", "precision", "recall");
        for (SweepRow r : sweep.rows()) {
            out.printf(Locale.ROOT, "  %8.0f %8d %10d %10s %8s%s%n", r.scoreMin(), r.flagged(), r.converted(),
                    percent(r.precision()), percent(r.recall()), sweep.suggested().filter(r::equals).isPresent() ? "  <- suggested" : "");
        }
        out.println(sweep.suggested()
                .map(r -> String.format(Locale.ROOT, "  suggestion for %s: scoreMin %.0f (precision %s, recall %s)", which,
                        r.scoreMin(), percent(r.precision()), percent(r.recall())))
                .orElse("  no scoreMin meets the target precision for " + which + " with enough flagged cases"));
    }

    private static String rate(ModelBacktest model, String source) {
        return model.bySource().stream().filter(s -> s.source().equals(source)).findFirst()
                .map(s -> s.converted() + "/" + s.flagged() + " " + percent(s.rate()))
                .orElse("-");
    }

    private static String summary(ScoreSummary s) {
        return String.format(Locale.ROOT, "median %.1f (p10 %.1f, p25 %.1f, p75 %.1f, p90 %.1f; mean %.1f; %.1f to %.1f)",
                s.median(), s.p10(), s.p25(), s.p75(), s.p90(), s.mean(), s.min(), s.max());
    }

    private static String delta(RuleDelta d) {
        return String.format(Locale.ROOT, "%s %+.1f (%.1f -> %.1f)", d.rule(), d.delta(), d.livePoints(), d.candidatePoints());
    }

    static String gate(Gate gate) {
        return switch (gate) {
            case DISQUALIFY_IF -> "disqualifyIf";
            case FIT_MIN -> "fitMin";
            case INTENT_MIN -> "intentMin";
            case SCORE_MIN -> "scoreMin";
        };
    }

    static String percent(Optional<Double> share) {
        return share.map(s -> String.format(Locale.ROOT, "%.1f%%", s * 100)).orElse("n/a");
    }
}
