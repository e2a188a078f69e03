package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.EventPattern;
import io.mqlsync.core.scoring.FitRule;
import io.mqlsync.core.scoring.FitSection;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.IntentSection;
import io.mqlsync.core.scoring.QuadrantThresholds;
import io.mqlsync.core.scoring.Qualification;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.scoring.SourceMultiplier;
import io.mqlsync.core.scoring.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mql_next_rescore_at} from the real scorer, checked against a brute-force walk over time. */
class NextRescoreWithScorerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final LeadRecord LEAD = new LeadRecord(new LeadId("9"),
            Fields.of(Map.of("jobTitle", "VP Sales", "originalSource", "ORGANIC_SEARCH")));
    private static final Decay HALF_LIFE = new Decay.HalfLife(Duration.ofDays(30));
    private static final Decay LINEAR = new Decay.Linear(Duration.ofDays(90));
    private static final Decay STEPS = new Decay.Steps(List.of(new Decay.Step(Duration.ofDays(30), 1.0),
            new Decay.Step(Duration.ofDays(90), 0.5)));

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void matchesABruteForceWalkForEachDecayCurve(String name, Decay decay, Optional<Instant> baseline) {
        ScoringModel model = model(decay);
        Scorer scorer = new Scorer(model);
        List<Event> events = events();
        CardSource cards = (at, since) -> scorer.score(LEAD, events, at, since);

        Optional<Instant> found = new NextRescore(model).after(cards, baseline, NOW, cards.scoreAt(NOW, baseline));

        assertThat(found).isPresent();
        assertThat(found).isEqualTo(BruteForce.firstChange(cards, baseline, NOW, Duration.ofHours(1),
                Duration.ofDays(400)));
    }

    /**
     * The shipped smb model's shape: steps decay and a paid-search multiplier of 0.9, so intent is 35 × 0.9,
     * exactly on a half-up rounding boundary. The search must still find the first step, 30 days on, and not
     * give up after its probe budget with "a minute from now" (which rewrote the lead on every run).
     */
    @Test
    void anIntentOnARoundingBoundaryStillFindsTheNextStep() {
        IntentRule page = new IntentRule("page", 15, 15, Optional.empty(), false, pattern(EventType.PAGE_VIEWED),
                Optional.empty(), STEPS);
        IntentRule quote = new IntentRule("quote", 20, 20, Optional.empty(), true, pattern(EventType.FORM_SUBMITTED),
                Optional.empty(), STEPS);
        SourceMultiplier paid = new SourceMultiplier(new Condition.In("originalSource",
                io.mqlsync.core.scoring.ValueSet.of(List.of(FieldValue.ofText("PAID_SEARCH").orElseThrow())),
                Optional.empty()), 0.9);
        ScoringModel model = new ScoringModel("smb-like", 1, new FitSection(-100, 100, List.of()),
                new IntentSection(0, 75, STEPS, List.of(page, quote), List.of(paid)),
                new Qualification(OptionalDouble.empty(), OptionalDouble.of(30), OptionalDouble.empty(), Optional.empty()),
                new QuadrantThresholds(25, 30));
        LeadRecord lead = new LeadRecord(new LeadId("11"), Fields.of(Map.of("originalSource", "PAID_SEARCH")));
        List<Event> events = List.of(Event.of(EventType.FORM_SUBMITTED, days(-1)),
                Event.of(EventType.PAGE_VIEWED, NOW.minus(Duration.ofHours(2))));
        Scorer scorer = new Scorer(model);
        CardSource cards = (at, since) -> scorer.score(lead, events, at, since);
        ScoreCard card = cards.scoreAt(NOW, Optional.empty());

        Optional<Instant> found = new NextRescore(model).after(cards, Optional.empty(), NOW, card);

        assertThat(card.intent()).isCloseTo(31.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Written.integer(card.intent())).as("35 × 0.9 is written as 32").isEqualTo(32);
        assertThat(found).contains(days(-1).plus(Duration.ofDays(30)).plusSeconds(1));
    }

    /** Intent exactly on the quadrant threshold (15 = intentHigh) must not look as if it could cross it. */
    @Test
    void anIntentExactlyOnAThresholdStillFindsTheNextStep() {
        IntentRule page = new IntentRule("page", 15, 15, Optional.empty(), false, pattern(EventType.PAGE_VIEWED),
                Optional.empty(), STEPS);
        ScoringModel model = new ScoringModel("threshold", 1, new FitSection(-100, 100, List.of()),
                new IntentSection(0, 75, STEPS, List.of(page), List.of()),
                new Qualification(OptionalDouble.empty(), OptionalDouble.of(30), OptionalDouble.empty(), Optional.empty()),
                new QuadrantThresholds(25, 15));
        LeadRecord lead = new LeadRecord(new LeadId("18"), Fields.empty());
        List<Event> events = List.of(Event.of(EventType.PAGE_VIEWED, days(-10)));
        Scorer scorer = new Scorer(model);
        CardSource cards = (at, since) -> scorer.score(lead, events, at, since);

        Optional<Instant> found = new NextRescore(model).after(cards, Optional.empty(), NOW, cards.scoreAt(NOW, Optional.empty()));

        assertThat(found).contains(days(-10).plus(Duration.ofDays(30)).plusSeconds(1));
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("half-life P30D", HALF_LIFE, Optional.empty()),
                Arguments.of("linear P90D", LINEAR, Optional.empty()),
                Arguments.of("steps P30D 1.0, P90D 0.5", STEPS, Optional.empty()),
                Arguments.of("half-life after a recycle baseline", HALF_LIFE, Optional.of(days(-8))),
                Arguments.of("steps after a recycle baseline", STEPS, Optional.of(days(-8))));
    }

    /** Fit 20, a demo request, a pricing window, capped email opens, a fading penalty, organic search x1.2. */
    private static ScoringModel model(Decay decay) {
        FitRule exec = new FitRule("title-exec", Optional.empty(), 20, Optional.empty(),
                Condition.Matches.of("jobTitle", "\\bvp\\b"));
        IntentRule demo = new IntentRule("demo", 50, 50, Optional.of("Requested a demo"), true,
                pattern(EventType.FORM_SUBMITTED), Optional.empty(), decay);
        IntentRule pricing = new IntentRule("pricing-3x", 25, 25, Optional.empty(), false,
                pattern(EventType.PAGE_VIEWED), Optional.of(new Window(3, Duration.ofDays(7))), decay);
        IntentRule opens = new IntentRule("email-open", 3, 10, Optional.empty(), false, pattern(EventType.EMAIL_OPENED),
                Optional.empty(), new Decay.HalfLife(Duration.ofDays(7)));
        IntentRule bounce = new IntentRule("bounced", -15, -15, Optional.empty(), false, pattern(EventType.EMAIL_BOUNCED),
                Optional.empty(), new Decay.HalfLife(Duration.ofDays(5)));
        SourceMultiplier organic = new SourceMultiplier(new Condition.In("originalSource",
                io.mqlsync.core.scoring.ValueSet.of(List.of(FieldValue.ofText("ORGANIC_SEARCH").orElseThrow())),
                Optional.empty()), 1.2);
        return new ScoringModel("brute", 1, new FitSection(-100, 100, List.of(exec)),
                new IntentSection(0, 150, decay, List.of(demo, pricing, opens, bounce), List.of(organic)),
                new Qualification(OptionalDouble.of(15), OptionalDouble.of(30), OptionalDouble.of(60), Optional.empty()),
                new QuadrantThresholds(15, 30));
    }

    private static List<Event> events() {
        return List.of(
                Event.of(EventType.FORM_SUBMITTED, days(-6)),
                Event.of(EventType.PAGE_VIEWED, days(-5)),
                Event.of(EventType.PAGE_VIEWED, days(-4)),
                Event.of(EventType.PAGE_VIEWED, days(-2)),
                Event.of(EventType.EMAIL_OPENED, days(-3)),
                Event.of(EventType.EMAIL_OPENED, days(-1)),
                Event.of(EventType.EMAIL_BOUNCED, days(-1)));
    }

    private static EventPattern pattern(EventType type) {
        return new EventPattern(Set.of(type), Optional.empty());
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }
}
