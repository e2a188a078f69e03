package io.mqlsync.core.scoring;

import static io.mqlsync.core.scoring.TestModels.NOW;
import static io.mqlsync.core.scoring.TestModels.eq;
import static io.mqlsync.core.scoring.TestModels.fitRule;
import static io.mqlsync.core.scoring.TestModels.intentRule;
import static io.mqlsync.core.scoring.TestModels.lead;
import static io.mqlsync.core.scoring.TestModels.matches;
import static io.mqlsync.core.scoring.TestModels.withCap;
import static io.mqlsync.core.scoring.TestModels.withDecay;
import static io.mqlsync.core.scoring.TestModels.withWhere;
import static io.mqlsync.core.scoring.TestModels.withWindow;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.ScoreCard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ScorerProperties {
    private static final long DAY = 86_400_000L;

    private final Scorer scorer = new Scorer(new ScoringModel("prop", 1,
            new FitSection(-20, 40, List.of(
                    fitRule("exec", "title", 20, matches("jobTitle", "vp|director")),
                    fitRule("manager", "title", 10, matches("jobTitle", "manager")),
                    fitRule("us", 15, eq("country", "US")),
                    fitRule("student", -30, matches("jobTitle", "student")))),
            new IntentSection(0, 90, new Decay.HalfLife(Duration.ofDays(30)), List.of(
                    withDecay(withCap(intentRule("views", 5, EventType.PAGE_VIEWED), 40),
                            new Decay.HalfLife(Duration.ofDays(30))),
                    withDecay(withWindow(withWhere(intentRule("pricing", 25, EventType.PAGE_VIEWED),
                            matches("url", "pricing")), 3, Duration.ofDays(7)), new Decay.Linear(Duration.ofDays(60))),
                    intentRule("demo", 50, EventType.FORM_SUBMITTED),
                    withCap(intentRule("unsub", -10, EventType.EMAIL_UNSUBSCRIBED), -20)),
                    List.of(new SourceMultiplier(eq("originalSource", "ORGANIC_SEARCH"), 1.5))),
            TestModels.thresholds(25, 30, 60), new QuadrantThresholds(25, 30)));

    @Property
    void decayNeverIncreasesWithAge(@ForAll("decays") Decay decay, @ForAll @LongRange(min = -DAY, max = 800 * DAY) long a,
                                    @ForAll @LongRange(min = 0, max = 800 * DAY) long more) {
        double younger = decay.factor(a);
        double older = decay.factor(a + more);
        assertThat(older).isLessThanOrEqualTo(younger).isBetween(0.0, 1.0);
    }

    @Property
    void fitIgnoresEvents(@ForAll("leads") LeadRecord lead, @ForAll("events") List<Event> events) {
        assertThat(scorer.score(lead, events, NOW).fit()).isEqualTo(scorer.score(lead, List.of(), NOW).fit());
    }

    @Property
    void clampsAlwaysHold(@ForAll("leads") LeadRecord lead, @ForAll("events") List<Event> events) {
        ScoreCard card = scorer.score(lead, events, NOW);
        assertThat(card.fit()).isBetween(-20.0, 40.0);
        assertThat(card.intent()).isBetween(0.0, 90.0);
        assertThat(card.score()).isEqualTo(card.fit() + card.intent());
    }

    @Property
    void addingAMatchingEventNeverLowersAPositiveRule(@ForAll("leads") LeadRecord lead,
                                                      @ForAll("events") List<Event> events,
                                                      @ForAll("event") Event extra) {
        ScoreCard before = scorer.score(lead, events, NOW);
        List<Event> more = new ArrayList<>(events);
        more.add(extra);
        ScoreCard after = scorer.score(lead, more, NOW);
        for (Contribution c : before.contributions()) {
            if (c.points() > 0) {
                assertThat(pointsOf(after, c.rule())).isGreaterThanOrEqualTo(c.points() - 1e-9);
            }
        }
    }

    @Property
    void scoringIsDeterministicAndIgnoresEventOrder(@ForAll("leads") LeadRecord lead,
                                                    @ForAll("events") List<Event> events) {
        List<Event> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        assertThat(scorer.score(lead, reversed, NOW)).isEqualTo(scorer.score(lead, events, NOW));
    }

    @Property
    void aBaselineNeverCountsOlderEvents(@ForAll("leads") LeadRecord lead, @ForAll("events") List<Event> events,
                                         @ForAll @IntRange(min = 0, max = 400) int baselineDaysAgo) {
        var baseline = NOW.minusMillis(baselineDaysAgo * DAY);
        List<Event> since = events.stream().filter(e -> !e.at().isBefore(baseline)).toList();
        assertThat(scorer.score(lead, events, NOW, Optional.of(baseline))).isEqualTo(scorer.score(lead, since, NOW));
    }

    private static double pointsOf(ScoreCard card, String rule) {
        return card.contributions().stream().filter(c -> c.rule().equals(rule))
                .mapToDouble(Contribution::points).findFirst().orElse(0);
    }

    @Provide
    Arbitrary<Decay> decays() {
        Arbitrary<Duration> days = Arbitraries.integers().between(1, 365).map(Duration::ofDays);
        Arbitrary<Decay> steps = Arbitraries.integers().between(1, 4).flatMap(n ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 100).list().ofSize(n),
                        Arbitraries.doubles().between(0, 1).list().ofSize(n))
                        .as((gaps, factors) -> {
                            List<Decay.Step> list = new ArrayList<>();
                            long upTo = 0;
                            List<Double> sorted = factors.stream().sorted(java.util.Comparator.reverseOrder()).toList();
                            for (int i = 0; i < n; i++) {
                                upTo += gaps.get(i);
                                list.add(new Decay.Step(Duration.ofDays(upTo), sorted.get(i)));
                            }
                            return new Decay.Steps(list);
                        }));
        return Arbitraries.oneOf(days.map(Decay.HalfLife::new), days.map(Decay.Linear::new), steps,
                Arbitraries.just(Decay.none()));
    }

    @Provide
    Arbitrary<LeadRecord> leads() {
        return Combinators.combine(
                Arbitraries.of("VP Sales", "Director of IT", "Marketing Manager", "Student", "", "CEO"),
                Arbitraries.of("US", "us", "FR", ""),
                Arbitraries.of("ORGANIC_SEARCH", "PAID_SEARCH", ""))
                .as((title, country, source) -> lead("jobTitle", title, "country", country, "originalSource", source));
    }

    @Provide
    Arbitrary<Event> event() {
        return Combinators.combine(
                Arbitraries.of(EventType.class),
                Arbitraries.longs().between(-2 * DAY, 400 * DAY),
                Arbitraries.of("https://x.io/pricing", "https://x.io/blog", "https://x.io/product"))
                .as((type, age, url) -> new Event(type, NOW.minusMillis(age), Fields.of(Map.of("url", url))));
    }

    @Provide
    Arbitrary<List<Event>> events() {
        return event().list().ofMaxSize(40);
    }
}
