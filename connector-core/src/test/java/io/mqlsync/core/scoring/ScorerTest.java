package io.mqlsync.core.scoring;

import static io.mqlsync.core.model.EventType.EMAIL_OPENED;
import static io.mqlsync.core.model.EventType.EMAIL_UNSUBSCRIBED;
import static io.mqlsync.core.model.EventType.FORM_SUBMITTED;
import static io.mqlsync.core.model.EventType.PAGE_VIEWED;
import static io.mqlsync.core.scoring.TestModels.NOW;
import static io.mqlsync.core.scoring.TestModels.daysAgo;
import static io.mqlsync.core.scoring.TestModels.eq;
import static io.mqlsync.core.scoring.TestModels.fitRule;
import static io.mqlsync.core.scoring.TestModels.handRaise;
import static io.mqlsync.core.scoring.TestModels.in;
import static io.mqlsync.core.scoring.TestModels.intentRule;
import static io.mqlsync.core.scoring.TestModels.intentSection;
import static io.mqlsync.core.scoring.TestModels.lead;
import static io.mqlsync.core.scoring.TestModels.matches;
import static io.mqlsync.core.scoring.TestModels.model;
import static io.mqlsync.core.scoring.TestModels.thresholds;
import static io.mqlsync.core.scoring.TestModels.withCap;
import static io.mqlsync.core.scoring.TestModels.withDecay;
import static io.mqlsync.core.scoring.TestModels.withWhere;
import static io.mqlsync.core.scoring.TestModels.withWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ScoreCard;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScorerTest {
    private static final Decay HALF_LIFE_30D = new Decay.HalfLife(Duration.ofDays(30));

    private static ScoreCard scoreIntent(IntentRule rule, List<Event> events) {
        return new Scorer(model(List.of(), List.of(rule))).score(lead(), events, NOW);
    }

    @Nested
    class Fit {
        private final ScoringModel titles = model(List.of(
                fitRule("title-exec", "title", 20, matches("jobTitle", "\\b(vp|director)\\b")),
                fitRule("title-manager", "title", 10, matches("jobTitle", "manager")),
                fitRule("us", 5, eq("country", "US")),
                fitRule("personal-email", -10, in("emailDomain", "gmail.com"))), List.of());

        @Test
        void matchingRulesAddUp() {
            ScoreCard card = new Scorer(titles).score(lead("jobTitle", "Sales Manager", "country", "us"), List.of(), NOW);
            assertThat(card.fit()).isEqualTo(15.0);
            assertThat(card.contributions()).extracting(Contribution::rule).containsExactly("title-manager", "us");
        }

        @Test
        void withinAGroupOnlyTheFirstMatchingRuleInFileOrderCounts() {
            ScoreCard card = new Scorer(titles).score(lead("jobTitle", "VP, Product Manager"), List.of(), NOW);
            assertThat(card.fit()).isEqualTo(20.0);
            assertThat(card.contributions()).extracting(Contribution::rule).containsExactly("title-exec");
        }

        @Test
        void fitIsClampedToItsBounds() {
            FitSection fit = new FitSection(-5, 12, List.of(
                    fitRule("a", 10, eq("country", "US")), fitRule("b", 10, eq("industry", "saas")),
                    fitRule("c", -30, eq("state", "x"))));
            Scorer scorer = new Scorer(model(fit, intentSection(List.of(), List.of()), thresholds(0, 0, 0)));
            assertThat(scorer.score(lead("country", "US", "industry", "SaaS"), List.of(), NOW).fit()).isEqualTo(12.0);
            assertThat(scorer.score(lead("state", "X"), List.of(), NOW).fit()).isEqualTo(-5.0);
        }

        @Test
        void emailDomainIsDerivedFromEmail() {
            ScoreCard card = new Scorer(titles).score(lead("email", "Jane.Doe@GMail.com"), List.of(), NOW);
            assertThat(card.fit()).isEqualTo(-10.0);
            assertThat(card.contributions().getFirst().evidence()).isEqualTo("emailDomain=gmail.com");
        }

        @Test
        void aGivenEmailDomainWinsOverTheEmail() {
            ScoreCard card = new Scorer(titles)
                    .score(lead("email", "jane@gmail.com", "emailDomain", "acme.com"), List.of(), NOW);
            assertThat(card.fit()).isZero();
        }

        @Test
        void evidenceNamesTheFieldsTheRuleLookedAt() {
            ScoreCard card = new Scorer(titles).score(lead("jobTitle", "VP Sales"), List.of(), NOW);
            assertThat(card.contributions().getFirst().evidence()).isEqualTo("jobTitle=VP Sales");
            assertThat(card.contributions().getFirst().decay()).isEqualTo(1.0);
        }
    }

    @Nested
    class CumulativeIntent {
        private final IntentRule opens = withCap(intentRule("email-open", 1, EMAIL_OPENED), 10);

        @Test
        void aRuleWithoutMaxCountsOnce() {
            ScoreCard card = scoreIntent(intentRule("demo", 50, FORM_SUBMITTED),
                    List.of(daysAgo(1, FORM_SUBMITTED), daysAgo(2, FORM_SUBMITTED)));
            assertThat(card.intent()).isEqualTo(50.0);
        }

        @Test
        void severalEventsAddUpToTheCap() {
            List<Event> twelve = Stream.iterate(1, d -> d + 1).limit(12)
                    .map(d -> daysAgo(d, EMAIL_OPENED)).toList();
            assertThat(scoreIntent(opens, twelve.subList(0, 4)).intent()).isEqualTo(4.0);
            ScoreCard capped = scoreIntent(opens, twelve);
            assertThat(capped.intent()).isEqualTo(10.0);
            assertThat(capped.contributions().getFirst().evidence())
                    .isEqualTo("10x EMAIL_OPENED, newest 2026-11-19, max reached");
        }

        @Test
        void newestEventsFillTheCapFirst() {
            // 15 points per event, cap 20: the newest (factor 1) gives 15, the next (30 days, factor 0.5) 7.5 -> capped 20;
            // had the oldest counted first, 0.25*15 + 0.5*15 = 11.25 would leave room for more.
            IntentRule rule = withDecay(withCap(intentRule("visits", 15, PAGE_VIEWED), 20), HALF_LIFE_30D);
            ScoreCard card = scoreIntent(rule,
                    List.of(daysAgo(60, PAGE_VIEWED), daysAgo(0, PAGE_VIEWED), daysAgo(30, PAGE_VIEWED)));
            assertThat(card.intent()).isEqualTo(20.0);
            assertThat(card.contributions().getFirst().decay()).isEqualTo(1.0);
        }

        @Test
        void eachEventIsDecayedByItsOwnAge() {
            IntentRule rule = withDecay(withCap(intentRule("visits", 10, PAGE_VIEWED), 100), HALF_LIFE_30D);
            ScoreCard card = scoreIntent(rule, List.of(daysAgo(0, PAGE_VIEWED), daysAgo(30, PAGE_VIEWED),
                    daysAgo(60, PAGE_VIEWED)));
            assertThat(card.intent()).isCloseTo(10 + 5 + 2.5, offset(1e-9));
        }

        @Test
        void negativePointsAreFlooredAtMax() {
            IntentRule penalty = withCap(intentRule("unsub", -10, EMAIL_UNSUBSCRIBED), -15);
            IntentRule demo = intentRule("demo", 50, FORM_SUBMITTED);
            ScoreCard card = new Scorer(model(List.of(), List.of(demo, penalty))).score(lead(), List.of(
                    daysAgo(1, FORM_SUBMITTED), daysAgo(1, EMAIL_UNSUBSCRIBED), daysAgo(2, EMAIL_UNSUBSCRIBED),
                    daysAgo(3, EMAIL_UNSUBSCRIBED)), NOW);
            assertThat(card.contributions()).extracting(Contribution::points).containsExactly(50.0, -15.0);
            assertThat(card.intent()).isEqualTo(35.0);
        }

        @Test
        void aRulesOwnDecayOverridesTheModels() {
            IntentRule fast = withDecay(intentRule("fast", 10, EMAIL_OPENED), new Decay.HalfLife(Duration.ofDays(7)));
            assertThat(scoreIntent(fast, List.of(daysAgo(7, EMAIL_OPENED))).intent()).isCloseTo(5.0, offset(1e-9));
        }

        @Test
        void decayFalseExemptsARule() {
            IntentRule lasting = withDecay(intentRule("lasting", 10, EMAIL_OPENED), Decay.none());
            assertThat(scoreIntent(lasting, List.of(daysAgo(900, EMAIL_OPENED))).intent()).isEqualTo(10.0);
        }

        @Test
        void futureEventsCountAsAgeZero() {
            IntentRule rule = withDecay(intentRule("demo", 50, FORM_SUBMITTED), HALF_LIFE_30D);
            ScoreCard card = scoreIntent(rule, List.of(daysAgo(-3, FORM_SUBMITTED)));
            assertThat(card.intent()).isEqualTo(50.0);
            assertThat(card.contributions().getFirst().decay()).isEqualTo(1.0);
        }

        @Test
        void whereFiltersOnEventAttributes() {
            IntentRule demo = withWhere(intentRule("demo", 50, FORM_SUBMITTED), matches("form", "demo"));
            ScoreCard card = scoreIntent(demo, List.of(
                    daysAgo(1, FORM_SUBMITTED, "form", "Newsletter"),
                    daysAgo(2, FORM_SUBMITTED, "form", "Request a Demo", "url", "https://x.io/demo")));
            assertThat(card.intent()).isEqualTo(50.0);
            assertThat(card.contributions().getFirst().evidence()).isEqualTo("FORM_SUBMITTED form=Request a Demo at 2026-11-18");
        }

        @Test
        void aRuleWhoseEventsDecayedAwayIsStillExplainedWithZeroPoints() {
            IntentRule rule = withDecay(intentRule("webinar", 15, PAGE_VIEWED), new Decay.Linear(Duration.ofDays(90)));
            ScoreCard card = scoreIntent(rule, List.of(daysAgo(120, PAGE_VIEWED)));
            assertThat(card.intent()).isZero();
            assertThat(card.contributions()).singleElement().satisfies(c -> {
                assertThat(c.points()).isZero();
                assertThat(c.decay()).isZero();
            });
        }
    }

    @Nested
    class WindowedIntent {
        private final IntentRule pricing = withWindow(
                withWhere(intentRule("pricing-3x", 25, PAGE_VIEWED), matches("url", "/pricing")), 3, Duration.ofDays(7));

        static Stream<Arguments> windows() {
            return Stream.of(
                    Arguments.of("three views within seven days fire", new double[] {1, 3, 5}, 25.0),
                    Arguments.of("a window exactly seven days long fires", new double[] {1, 4, 8}, 25.0),
                    Arguments.of("a window a millisecond longer does not", new double[] {1, 4, 8.0000001}, 0.0),
                    Arguments.of("two views (atLeast - 1) do not fire", new double[] {1, 2}, 0.0),
                    Arguments.of("views spread too thin do not fire", new double[] {1, 9, 17, 25}, 0.0),
                    Arguments.of("more views still fire only once", new double[] {1, 2, 3, 4, 5, 6}, 25.0));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("windows")
        void windowSemantics(String name, double[] daysAgo, double expected) {
            List<Event> events = java.util.Arrays.stream(daysAgo)
                    .mapToObj(d -> daysAgo(d, PAGE_VIEWED, "url", "https://x.io/pricing")).toList();
            assertThat(scoreIntent(pricing, events).intent()).isCloseTo(expected, offset(1e-9));
        }

        @Test
        void onlyMatchingEventsFillTheWindow() {
            List<Event> events = List.of(daysAgo(1, PAGE_VIEWED, "url", "https://x.io/pricing"),
                    daysAgo(2, PAGE_VIEWED, "url", "https://x.io/blog"),
                    daysAgo(3, PAGE_VIEWED, "url", "https://x.io/pricing"));
            assertThat(scoreIntent(pricing, events).contributions()).isEmpty();
        }

        @Test
        void decayIsTakenFromTheNewestEventOfTheNewestWindow() {
            // Windows: {40,41,42} days ago qualifies; {10, 40, 41} spans 31 days and does not.
            IntentRule decaying = withDecay(pricing, HALF_LIFE_30D);
            List<Event> events = java.util.stream.DoubleStream.of(10, 40, 41, 42)
                    .mapToObj(d -> daysAgo(d, PAGE_VIEWED, "url", "/pricing")).toList();
            ScoreCard card = scoreIntent(decaying, events);
            double expectedFactor = Math.pow(0.5, 40.0 / 30.0);
            assertThat(card.intent()).isCloseTo(25 * expectedFactor, offset(1e-9));
            assertThat(card.contributions().getFirst().evidence())
                    .isEqualTo("3x PAGE_VIEWED /pricing in 7 days, newest 2026-10-11");
        }
    }

    @Nested
    class Totals {
        private final IntentRule demo = intentRule("demo", 100, FORM_SUBMITTED);
        private final List<SourceMultiplier> organic = List.of(
                new SourceMultiplier(eq("originalSource", "ORGANIC_SEARCH"), 1.2),
                new SourceMultiplier(eq("originalSource", "ORGANIC_SEARCH"), 5.0),
                new SourceMultiplier(eq("originalSource", "PAID_SEARCH"), 0.8));

        private Scorer scorer(double intentMax) {
            IntentSection intent = new IntentSection(0, intentMax, Decay.none(), List.of(demo), organic);
            return new Scorer(model(new FitSection(-100, 100, List.of()), intent, thresholds(0, 0, 0)));
        }

        @Test
        void theFirstMatchingSourceMultipliesIntent() {
            ScoreCard card = scorer(500).score(lead("originalSource", "organic_search"),
                    List.of(daysAgo(1, FORM_SUBMITTED)), NOW);
            assertThat(card.intent()).isCloseTo(120.0, offset(1e-9));
            assertThat(card.multiplier()).isEqualTo(1.2);
        }

        @Test
        void theMultiplierAppliesBeforeTheClamp() {
            ScoreCard card = scorer(110).score(lead("originalSource", "ORGANIC_SEARCH"),
                    List.of(daysAgo(1, FORM_SUBMITTED)), NOW);
            assertThat(card.intent()).isEqualTo(110.0);
        }

        @Test
        void intentIsNeverBelowItsMinimum() {
            IntentRule unsub = intentRule("unsub", -20, EMAIL_UNSUBSCRIBED);
            ScoreCard card = new Scorer(model(List.of(), List.of(unsub)))
                    .score(lead(), List.of(daysAgo(1, EMAIL_UNSUBSCRIBED)), NOW);
            assertThat(card.intent()).isZero();
            assertThat(card.contributions()).extracting(Contribution::points).containsExactly(-20.0);
        }

        @Test
        void scoreIsFitPlusIntent() {
            ScoringModel m = model(List.of(fitRule("us", 30, eq("country", "US"))), List.of(demo));
            ScoreCard card = new Scorer(m).score(lead("country", "US"), List.of(daysAgo(1, FORM_SUBMITTED)), NOW);
            assertThat(card.score()).isEqualTo(130.0);
        }
    }

    @Nested
    class Qualification {
        private final ScoringModel m = new ScoringModel("q", 2,
                new FitSection(-100, 100, List.of(fitRule("fit", 30, eq("country", "US")))),
                intentSection(List.of(intentRule("demo", 80, FORM_SUBMITTED), intentRule("open", 10, EMAIL_OPENED)),
                        List.of()),
                new io.mqlsync.core.scoring.Qualification(OptionalDouble.of(25), OptionalDouble.of(30),
                        OptionalDouble.of(100), Optional.of(in("emailDomain", "rival.com"))),
                new QuadrantThresholds(25, 30));

        static Stream<Arguments> cases() {
            return Stream.of(
                    Arguments.of("fit, intent and score all met", "US", "acme.com", true, false, true, Quadrant.ROUTE),
                    Arguments.of("a poor fit never qualifies however busy", "FR", "acme.com", true, false, false,
                            Quadrant.REVIEW),
                    Arguments.of("high fit with low intent is nurture", "US", "acme.com", false, false, false,
                            Quadrant.NURTURE),
                    Arguments.of("low fit and low intent is park", "FR", "acme.com", false, false, false, Quadrant.PARK),
                    Arguments.of("a disqualified lead never qualifies", "US", "rival.com", true, true, false,
                            Quadrant.ROUTE));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void qualifiesAndQuadrant(String name, String country, String domain, boolean demo, boolean disqualified,
                                  boolean qualifies, Quadrant quadrant) {
            List<Event> events = demo ? List.of(daysAgo(1, FORM_SUBMITTED)) : List.of(daysAgo(1, EMAIL_OPENED));
            ScoreCard card = new Scorer(m).score(lead("country", country, "emailDomain", domain), events, NOW);
            assertThat(card.disqualified()).isEqualTo(disqualified);
            assertThat(card.qualifies()).isEqualTo(qualifies);
            assertThat(card.quadrant()).isEqualTo(quadrant);
            assertThat(card.model()).isEqualTo("q@2");
        }

        @Test
        void absentThresholdsImposeNothing() {
            ScoringModel open = new ScoringModel("open", 1, new FitSection(-100, 100, List.of()),
                    intentSection(List.of(), List.of()),
                    new io.mqlsync.core.scoring.Qualification(OptionalDouble.empty(), OptionalDouble.empty(),
                            OptionalDouble.empty(), Optional.empty()),
                    new QuadrantThresholds(0, 0));
            assertThat(new Scorer(open).score(lead(), List.of(), NOW).qualifies()).isTrue();
        }
    }

    @Nested
    class Baseline {
        private final IntentRule demo = handRaise(intentRule("demo", 50, FORM_SUBMITTED));
        private final IntentRule opens = withCap(intentRule("open", 5, EMAIL_OPENED), 50);

        @Test
        void eventsBeforeTheBaselineAreIgnored() {
            Scorer scorer = new Scorer(model(List.of(), List.of(demo, opens)));
            List<Event> events = List.of(daysAgo(20, FORM_SUBMITTED), daysAgo(5, EMAIL_OPENED), daysAgo(15, EMAIL_OPENED));
            ScoreCard card = scorer.score(lead(), events, NOW, Optional.of(NOW.minus(Duration.ofDays(10))));
            assertThat(card.intent()).isEqualTo(5.0);
            assertThat(card.handRaised()).isFalse();
        }

        @Test
        void anEventAtTheBaselineCounts() {
            Scorer scorer = new Scorer(model(List.of(), List.of(demo)));
            ScoreCard card = scorer.score(lead(), List.of(daysAgo(10, FORM_SUBMITTED)), NOW,
                    Optional.of(NOW.minus(Duration.ofDays(10))));
            assertThat(card.intent()).isEqualTo(50.0);
            assertThat(card.handRaised()).isTrue();
        }
    }

    @Test
    void garbageValuesSimplyDoNotMatch() {
        ScoringModel m = model(List.of(
                fitRule("size", 15, new Condition.Range("employees", 200, 1000)),
                fitRule("title", 10, matches("jobTitle", "manager"))), List.of());
        ScoreCard card = new Scorer(m).score(lead("employees", "lots", "jobTitle", ""), List.of(), NOW);
        assertThat(card.fit()).isZero();
        assertThat(card.contributions()).isEmpty();
    }

    @Test
    void contributionsListFitRulesThenIntentRulesInModelOrder() {
        ScoringModel m = model(List.of(fitRule("b", 5, eq("country", "US")), fitRule("a", 5, eq("industry", "SaaS"))),
                List.of(intentRule("z", 5, EMAIL_OPENED), intentRule("y", 5, PAGE_VIEWED)));
        ScoreCard card = new Scorer(m).score(lead("country", "US", "industry", "saas"),
                List.of(daysAgo(2, PAGE_VIEWED), daysAgo(1, EMAIL_OPENED)), NOW);
        assertThat(card.contributions()).extracting(Contribution::rule).containsExactly("b", "a", "z", "y");
    }
}
