package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.ScoringModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NextRescoreTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00.250Z");
    private static final ScoringModel MODEL = TestModels.thresholds(150, 25, 30, 100);
    private static final Decay HALF_LIFE = new Decay.HalfLife(Duration.ofDays(30));
    private static final Decay LINEAR = new Decay.Linear(Duration.ofDays(90));
    private static final Decay STEPS = new Decay.Steps(List.of(new Decay.Step(Duration.ofDays(30), 1.0),
            new Decay.Step(Duration.ofDays(90), 0.5)));
    private static final Decay FAST = new Decay.HalfLife(Duration.ofDays(7));

    private final NextRescore rescore = new NextRescore(MODEL);

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void findsTheFirstSecondAtWhichAWrittenValueChangesAsABruteForceWalkDoes(String name, DecayingCards cards) {
        Optional<Instant> found = rescore.after(cards, Optional.empty(), NOW, cards.scoreAt(NOW, Optional.empty()));

        Optional<Instant> expected = BruteForce.firstChange(cards, Optional.empty(), NOW, Duration.ofMinutes(30),
                Duration.ofDays(400));
        assertThat(found).isEqualTo(expected);
    }

    static Stream<Arguments> curves() {
        return Stream.of(
                Arguments.of("half-life", new DecayingCards(MODEL, 40).event(days(-3), 50, HALF_LIFE)),
                Arguments.of("linear", new DecayingCards(MODEL, 40).event(days(-3), 45, LINEAR)),
                Arguments.of("steps: the drop after upTo",
                        new DecayingCards(MODEL, 40).event(days(-29), 50, STEPS)),
                Arguments.of("steps: the drop to 0 past the last step",
                        new DecayingCards(MODEL, 40).event(days(-89), 20, STEPS)),
                Arguments.of("a penalty that fades while points decay: not monotone",
                        new DecayingCards(MODEL, 40).event(days(-1), 60, HALF_LIFE).event(days(-1), -20, FAST)),
                Arguments.of("a fading penalty lifts the score for two days inside one search step",
                        new DecayingCards(MODEL, 40).event(NOW.minus(Duration.ofMinutes(4680)), 60, HALF_LIFE)
                                .event(NOW.minus(Duration.ofMinutes(4680)), -25, FAST)),
                Arguments.of("an intent above intent.max changes only once it decays below the cap",
                        new DecayingCards(MODEL, 40).event(days(-1), 200, HALF_LIFE)),
                Arguments.of("a decimal score crossing a rounding boundary",
                        new DecayingCards(MODEL, 40.4).event(days(0), 30.2, LINEAR)));
    }

    @Test
    void nothingDecayingMeansNoRescore() {
        DecayingCards cards = new DecayingCards(MODEL, 40).event(days(-3), 50, Decay.none());

        assertThat(rescore.after(cards, Optional.empty(), NOW, cards.scoreAt(NOW, Optional.empty()))).isEmpty();
    }

    @Test
    void everythingAlreadyDecayedMeansNoRescore() {
        DecayingCards cards = new DecayingCards(MODEL, 40).event(days(-100), 50, LINEAR);

        assertThat(rescore.after(cards, Optional.empty(), NOW, cards.scoreAt(NOW, Optional.empty()))).isEmpty();
    }

    @Test
    void theAnswerIsAWholeSecondThatDoesNotDependOnWhenItIsAsked() {
        DecayingCards cards = new DecayingCards(MODEL, 40).event(days(-3), 50, HALF_LIFE);

        Optional<Instant> first = rescore.after(cards, Optional.empty(), NOW, cards.scoreAt(NOW, Optional.empty()));
        Instant later = NOW.plusSeconds(1234);
        Optional<Instant> second = rescore.after(cards, Optional.empty(), later, cards.scoreAt(later, Optional.empty()));

        assertThat(first).isEqualTo(second);
        assertThat(first.orElseThrow().getNano()).isZero();
    }

    @Test
    void theBaselineIsPassedToEveryProbe() {
        DecayingCards cards = new DecayingCards(MODEL, 40).event(days(-20), 80, FAST).event(days(-1), 50, HALF_LIFE);
        Optional<Instant> baseline = Optional.of(days(-10));

        Optional<Instant> found = rescore.after(cards, baseline, NOW, cards.scoreAt(NOW, baseline));

        assertThat(found).isEqualTo(BruteForce.firstChange(cards, baseline, NOW, Duration.ofMinutes(30),
                Duration.ofDays(100)));
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

}
