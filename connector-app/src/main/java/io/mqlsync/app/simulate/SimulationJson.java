package io.mqlsync.app.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.simulation.Backtest;
import io.mqlsync.core.simulation.Comparison;
import io.mqlsync.core.simulation.Histogram;
import io.mqlsync.core.simulation.ModelBacktest;
import io.mqlsync.core.simulation.MqlChange;
import io.mqlsync.core.simulation.QuadrantMove;
import io.mqlsync.core.simulation.ScoreSummary;
import io.mqlsync.core.simulation.SimulationReport;
import io.mqlsync.core.simulation.SweepRow;
import io.mqlsync.core.simulation.ThresholdSweep;
import java.util.Optional;

/**
 * A {@link SimulationReport} as one JSON document for machines. Shares are numbers in [0, 1]; a share that
 * cannot be computed (nothing flagged) is {@code null}; every gained and lost lead is listed.
 */
final class SimulationJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(SimulationReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("at", report.at().toString());
        root.put("liveModel", report.liveModel());
        root.put("candidateModel", report.candidateModel());
        root.set("comparison", comparison(report.comparison()));
        root.set("backtest", backtest(report.backtest()));
        return root.toPrettyString();
    }

    ObjectNode comparison(Comparison c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("records", c.records());
        node.put("liveMqls", c.liveMqls());
        node.put("candidateMqls", c.candidateMqls());
        ArrayNode gained = node.putArray("gained");
        c.gained().forEach(change -> gained.add(change(change)));
        ArrayNode lost = node.putArray("lost");
        c.lost().forEach(change -> lost.add(change(change)));
        ArrayNode quadrants = node.putArray("quadrantMoves");
        for (QuadrantMove move : c.quadrants().cells()) {
            quadrants.addObject().put("live", move.live().name()).put("candidate", move.candidate().name())
                    .put("leads", move.leads());
        }
        ObjectNode scores = node.putObject("scores");
        c.scores().live().ifPresent(s -> scores.set("live", summary(s)));
        c.scores().candidate().ifPresent(s -> scores.set("candidate", summary(s)));
        Histogram h = c.scores().histogram();
        ObjectNode histogram = scores.putObject("histogram");
        histogram.put("start", h.start()).put("width", h.width());
        h.live().forEach(histogram.putArray("live")::add);
        h.candidate().forEach(histogram.putArray("candidate")::add);
        return node;
    }

    private ObjectNode change(MqlChange change) {
        ObjectNode node = mapper.createObjectNode();
        node.put("lead", change.lead().value());
        node.put("liveScore", change.liveScore());
        node.put("candidateScore", change.candidateScore());
        ArrayNode gates = node.putArray("failedGates");
        change.gates().stream().map(SimulationText::gate).sorted().forEach(gates::add);
        ArrayNode rules = node.putArray("rules");
        change.rules().forEach(d -> rules.addObject().put("rule", d.rule()).put("livePoints", d.livePoints())
                .put("candidatePoints", d.candidatePoints()).put("delta", d.delta()));
        return node;
    }

    private ObjectNode summary(ScoreSummary s) {
        return mapper.createObjectNode().put("count", s.count()).put("min", s.min()).put("p10", s.p10())
                .put("p25", s.p25()).put("median", s.median()).put("p75", s.p75()).put("p90", s.p90())
                .put("max", s.max()).put("mean", s.mean());
    }

    ObjectNode backtest(Backtest b) {
        ObjectNode node = mapper.createObjectNode();
        node.put("cases", b.cases());
        node.put("resolved", b.resolved());
        node.put("converted", b.converted());
        node.put("outcomesWithoutRecord", b.outcomesWithoutRecord());
        node.put("enoughOutcomes", b.enoughOutcomes());
        node.put("minOutcomes", b.settings().minOutcomes());
        node.put("targetPrecision", b.settings().targetPrecision());
        node.set("live", model(b.live()));
        node.set("candidate", model(b.candidate()));
        return node;
    }

    private ObjectNode model(ModelBacktest m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("model", m.model());
        node.put("flagged", m.flagged());
        node.put("flaggedConverted", m.flaggedConverted());
        share(node, "precision", m.precision());
        node.put("converted", m.converted());
        node.put("convertedFlagged", m.convertedFlagged());
        share(node, "recall", m.recall());
        node.put("flaggedPending", m.flaggedPending());
        ArrayNode sources = node.putArray("bySource");
        m.bySource().forEach(s -> share(sources.addObject().put("source", s.source()).put("flagged", s.flagged())
                .put("converted", s.converted()), "rate", s.rate()));
        ArrayNode reasons = node.putArray("rejections");
        m.rejections().forEach(r -> reasons.addObject().put("reason", r.reason()).put("cases", r.cases()));
        node.set("sweep", sweep(m.sweep()));
        return node;
    }

    private ObjectNode sweep(ThresholdSweep sweep) {
        ObjectNode node = mapper.createObjectNode();
        node.put("targetPrecision", sweep.targetPrecision());
        ArrayNode rows = node.putArray("rows");
        sweep.rows().forEach(r -> rows.add(row(r)));
        if (sweep.suggested().isPresent()) {
            node.set("suggested", row(sweep.suggested().get()));
        } else {
            node.putNull("suggested");
        }
        return node;
    }

    private ObjectNode row(SweepRow r) {
        ObjectNode node = mapper.createObjectNode().put("scoreMin", r.scoreMin()).put("flagged", r.flagged())
                .put("converted", r.converted());
        share(node, "precision", r.precision());
        share(node, "recall", r.recall());
        return node;
    }

    private static ObjectNode share(ObjectNode node, String name, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
        return node;
    }
}
