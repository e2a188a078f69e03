package io.mqlsync.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class ScoreDistributionProperties {

    @Property(tries = 200)
    void theHistogramCountsEveryScoreOfBothModelsOnce(@ForAll @Size(max = 60) List<@DoubleRange(min = -100, max = 250) Double> live,
                                                      @ForAll @Size(max = 60) List<@DoubleRange(min = -100, max = 250) Double> candidate) {
        Histogram histogram = Histogram.of(array(live), array(candidate), Histogram.DEFAULT_WIDTH);

        assertThat(histogram.live().stream().mapToLong(Long::longValue).sum()).isEqualTo(live.size());
        assertThat(histogram.candidate().stream().mapToLong(Long::longValue).sum()).isEqualTo(candidate.size());
    }

    @Property(tries = 200)
    void percentilesAreOrderedAndWithinTheScores(@ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -100, max = 250) Double> scores) {
        ScoreSummary s = ScoreSummary.of(array(scores)).orElseThrow();

        assertThat(List.of(s.min(), s.p10(), s.p25(), s.median(), s.p75(), s.p90(), s.max())).isSorted();
        assertThat(s.mean()).isBetween(s.min(), s.max());
        assertThat(scores).contains(s.median());
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
