package io.mqlsync.core.simulation;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects pairs of cards (live, candidate) of the same leads into a {@link Comparison}. Memory grows by two
 * doubles per lead plus the changed leads. Not thread-safe.
 */
final class ComparisonBuilder {
    private final ScoringModel live;
    private final ScoringModel candidate;
    private final long[][] quadrants = new long[Quadrant.values().length][Quadrant.values().length];
    private final List<MqlChange> gained = new ArrayList<>();
    private final List<MqlChange> lost = new ArrayList<>();
    private double[] liveScores = new double[64];
    private double[] candidateScores = new double[64];
    private int records;
    private long liveMqls;
    private long candidateMqls;

    ComparisonBuilder(ScoringModel live, ScoringModel candidate) {
        this.live = Objects.requireNonNull(live, "live");
        this.candidate = Objects.requireNonNull(candidate, "candidate");
    }

    void add(LeadId lead, ScoreCard liveCard, ScoreCard candidateCard) {
        if (records == liveScores.length) {
            liveScores = Arrays.copyOf(liveScores, records * 2);
            candidateScores = Arrays.copyOf(candidateScores, records * 2);
        }
        liveScores[records] = liveCard.score();
        candidateScores[records] = candidateCard.score();
        records++;
        quadrants[liveCard.quadrant().ordinal()][candidateCard.quadrant().ordinal()]++;
        liveMqls += liveCard.qualifies() ? 1 : 0;
        candidateMqls += candidateCard.qualifies() ? 1 : 0;
        if (candidateCard.qualifies() && !liveCard.qualifies()) {
            gained.add(change(lead, liveCard, candidateCard, 1, Gate.failed(live.qualify(), liveCard)));
        } else if (liveCard.qualifies() && !candidateCard.qualifies()) {
            lost.add(change(lead, liveCard, candidateCard, -1, Gate.failed(candidate.qualify(), candidateCard)));
        }
    }

    Comparison build() {
        double[] l = Arrays.copyOf(liveScores, records);
        double[] c = Arrays.copyOf(candidateScores, records);
        Comparator<MqlChange> byLead = Comparator.comparing(change -> change.lead().value());
        return new Comparison(records, liveMqls, candidateMqls, gained.stream().sorted(byLead).toList(),
                lost.stream().sorted(byLead).toList(), QuadrantMoves.of(quadrants),
                new ScoreShift(ScoreSummary.of(l), ScoreSummary.of(c), Histogram.of(l, c, Histogram.DEFAULT_WIDTH)));
    }

    /** {@code direction} +1 for a gained MQL, -1 for a lost one: the rules pushing that way come first. */
    private static MqlChange change(LeadId lead, ScoreCard liveCard, ScoreCard candidateCard, int direction,
                                   Set<Gate> gates) {
        return new MqlChange(lead, liveCard.score(), candidateCard.score(), deltas(liveCard, candidateCard, direction), gates);
    }

    static List<RuleDelta> deltas(ScoreCard liveCard, ScoreCard candidateCard, int direction) {
        Map<String, double[]> points = new LinkedHashMap<>();
        for (Contribution c : liveCard.contributions()) {
            points.computeIfAbsent(c.rule(), k -> new double[2])[0] += c.points();
        }
        for (Contribution c : candidateCard.contributions()) {
            points.computeIfAbsent(c.rule(), k -> new double[2])[1] += c.points();
        }
        Comparator<RuleDelta> pushingFirst = Comparator.comparing((RuleDelta d) -> Math.signum(d.delta()) != direction)
                .thenComparing(d -> -Math.abs(d.delta()))
                .thenComparing(RuleDelta::rule);
        return points.entrySet().stream()
                .map(e -> new RuleDelta(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .filter(d -> Math.abs(d.delta()) > 1e-9)
                .sorted(pushingFirst)
                .toList();
    }
}
