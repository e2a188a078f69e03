package io.mqlsync.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ScoreCard;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-made leads scored with the three models shipped in {@code config/models}, against values
 * worked out by hand from the YAML (the arithmetic is in each test). Event ages are whole
 * half-lives or fall inside decay steps so that the factors are exact.
 */
class ShippedModelsGoldenTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final double EXACT = 1e-9;

    private static Scorer scorer(String model) {
        return new Scorer(new ModelLoader().load(Path.of("..", "config", "models", model + ".yaml")));
    }

    private static LeadRecord lead(String id, Map<String, ?> fields) {
        return new LeadRecord(new LeadId(id), Fields.of(fields));
    }

    private static Event event(EventType type, Duration age, String attribute, String value) {
        return new Event(type, NOW.minus(age), Fields.of(Map.of(attribute, value)));
    }

    private static Event event(EventType type, Duration age) {
        return Event.of(type, NOW.minus(age));
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    /** The contributions of a card as rule id to points, in card order. */
    private static Map<String, Double> contributions(ScoreCard card) {
        Map<String, Double> points = new LinkedHashMap<>();
        for (Contribution c : card.contributions()) {
            points.put(c.rule(), c.points());
        }
        return points;
    }

    private static void assertCard(ScoreCard card, double fit, double intent, double multiplier, Quadrant quadrant,
                                   boolean qualifies, boolean disqualified) {
        assertThat(card.fit()).as("fit").isCloseTo(fit, within(EXACT));
        assertThat(card.intent()).as("intent").isCloseTo(intent, within(EXACT));
        assertThat(card.score()).as("score").isCloseTo(fit + intent, within(EXACT));
        assertThat(card.multiplier()).as("multiplier").isEqualTo(multiplier);
        assertThat(card.quadrant()).as("quadrant").isEqualTo(quadrant);
        assertThat(card.qualifies()).as("qualifies").isEqualTo(qualifies);
        assertThat(card.disqualified()).as("disqualified").isEqualTo(disqualified);
    }

    @Nested
    class Enterprise {
        // halfLife P30D (email-open P7D); organic x1.2, paid x0.9; fitMin 25, intentMin 25, scoreMin 100;
        // quadrants default to 25/25
        private final Scorer scorer = scorer("enterprise");

        @Test
        void vpAtAnIcpCompanyWithADemoAndAPricingBurstIsAnMql() {
            LeadRecord lead = lead("e1", Map.of("email", "dana@northwind.com", "jobTitle", "VP of Marketing",
                    "employees", 5000, "originalSource", "ORGANIC_SEARCH"));
            List<Event> events = List.of(
                    event(EventType.FORM_SUBMITTED, days(0), "form", "Request a demo"),
                    event(EventType.PAGE_VIEWED, days(30), "url", "https://x.io/pricing"),
                    event(EventType.PAGE_VIEWED, days(31), "url", "https://x.io/pricing"),
                    event(EventType.PAGE_VIEWED, days(32), "url", "https://x.io/pricing?plan=team"),
                    event(EventType.EMAIL_OPENED, days(7)),
                    event(EventType.EMAIL_OPENED, days(14)));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    title-director-vp 20 + size-icp 15 = 35 (fit.max 35)
            // intent demo 50 x 1 + pricing-3x 25 x 0.5^(30/30) + opens 1 x 0.5^(7/7) + 1 x 0.5^(14/7)
            //        = 50 + 12.5 + 0.75 = 63.25; x 1.2 (organic) = 75.9
            // score  110.9 >= 100, fit 35 >= 25, intent >= 25: MQL, ROUTE
            assertCard(card, 35, 75.9, 1.2, Quadrant.ROUTE, true, false);
            assertThat(contributions(card)).containsExactly(Map.entry("title-director-vp", 20.0),
                    Map.entry("size-icp", 15.0), Map.entry("demo-request", 50.0), Map.entry("pricing-3x", 12.5),
                    Map.entry("email-open", 0.75));
        }

        @Test
        void managerNearTheIcpFromPaidSearchIsParkedWhateverTheContent() {
            LeadRecord lead = lead("e2", Map.of("jobTitle", "Senior Product Manager", "employees", 600,
                    "utm.medium", "cpc"));
            List<Event> events = List.of(
                    event(EventType.WEBINAR_ATTENDED, days(30)),
                    event(EventType.CONTENT_DOWNLOADED, days(0), "asset", "Whitepaper: ROI of scoring"),
                    event(EventType.FORM_SUBMITTED, days(60), "form", "Blog newsletter"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    title-manager 10 + size-near-icp 5 = 15
            // intent webinar 15 x 0.5 + whitepaper 10 x 1 + blog 5 x 0.25 = 18.75; x 0.9 (cpc) = 16.875
            // score  31.875; fit 15 < 25: not an MQL; both below 25: PARK
            assertCard(card, 15, 16.875, 0.9, Quadrant.PARK, false, false);
        }

        @Test
        void aCompetitorIsDisqualifiedAndTwoPricingViewsAreNotABurst() {
            LeadRecord lead = lead("e3", Map.of("email", "pat@rivalcrm.com", "jobTitle", "Director of Sales",
                    "employees", 300, "originalSource", "DIRECT_TRAFFIC"));
            List<Event> events = List.of(
                    event(EventType.FORM_SUBMITTED, days(60), "form", "Request a demo"),
                    event(EventType.PAGE_VIEWED, days(1), "url", "https://x.io/pricing"),
                    event(EventType.PAGE_VIEWED, days(3), "url", "https://x.io/pricing"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    title-director-vp 20 + size-near-icp 5 = 25
            // intent demo 50 x 0.5^(60/30) = 12.5 (2 pricing views < 3: no burst); x 1.2 (direct) = 15
            // disqualifyIf emailDomain in @competitors; fit 25 >= 25, intent 15 < 25: NURTURE
            assertCard(card, 25, 15, 1.2, Quadrant.NURTURE, false, true);
        }

        @Test
        void emailOpensStopAtTheirCapOfTen() {
            List<Event> opens = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                opens.add(event(EventType.EMAIL_OPENED, days(0)));
            }
            LeadRecord lead = lead("e4", Map.of("jobTitle", "Marketing Coordinator", "employees", 2000));

            ScoreCard card = scorer.score(lead, opens, NOW);

            // fit    title-coordinator-specialist 5 + size-icp 15 = 20
            // intent 12 opens x 1 x 0.5^0, capped at max 10; no source: x 1
            // score  30: PARK
            assertCard(card, 20, 10, 1.0, Quadrant.PARK, false, false);
        }
    }

    @Nested
    class Smb {
        // steps: <= 30 days x1, <= 60 x0.5, <= 90 x0.25, older 0; organic x1.2, paid x0.9;
        // fitMin 15, intentMin 15, scoreMin 40; fit clamped to [-50, 25]; intent max 75
        private final Scorer scorer = scorer("smb");

        @Test
        void anOwnerAskingForAQuoteAfterRepeatedClicksIsAnMql() {
            LeadRecord lead = lead("s1", Map.of("jobTitle", "Owner", "employees", 12, "country", "US",
                    "industry", "Construction", "originalSource", "ORGANIC_SEARCH"));
            List<Event> events = List.of(
                    event(EventType.PAGE_VIEWED, days(2), "url", "https://x.io/get-a-quote"),
                    event(EventType.FORM_SUBMITTED, days(2), "form", "Get a quote"),
                    event(EventType.EMAIL_CLICKED, days(10), "url", "https://x.io/blog/a"),
                    event(EventType.EMAIL_CLICKED, days(20), "url", "https://x.io/blog/b"),
                    event(EventType.EMAIL_CLICKED, days(29), "url", "https://x.io/blog/c"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    company-fit 10 + decision-maker 10 + geography 5 = 25
            // intent high-intent-page 15 + quote-request 20 + nurture-clicks 10 (3 clicks in 19 days, newest
            //        10 days old: step x1) = 45; x 1.2 (organic) = 54
            // score  79 >= 40: MQL, ROUTE
            assertCard(card, 25, 54, 1.2, Quadrant.ROUTE, true, false);
            assertThat(contributions(card)).containsExactly(Map.entry("company-fit", 10.0),
                    Map.entry("decision-maker", 10.0), Map.entry("geography", 5.0),
                    Map.entry("high-intent-page", 15.0), Map.entry("nurture-clicks", 10.0),
                    Map.entry("quote-request", 20.0));
        }

        @Test
        void aStudentInAMarketWeDoNotServeScoresBelowZeroAndOlderStepsCountLess() {
            LeadRecord lead = lead("s2", Map.of("jobTitle", "PhD Student", "employees", 40000,
                    "country", "Germany", "industry", "Higher Education"));
            List<Event> events = List.of(
                    event(EventType.CONTENT_DOWNLOADED, days(45), "asset", "Checklist"),
                    event(EventType.WEBINAR_REGISTERED, days(80)));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    student -15 + irrelevant-market -10 = -25 (no size, title or country match)
            // intent gated-asset-or-event: download 10 x 0.5 (45 days) + webinar 10 x 0.25 (80 days) = 7.5,
            //        under its max of 10; no source: x 1
            // score  -17.5: PARK
            assertCard(card, -25, 7.5, 1.0, Quadrant.PARK, false, false);
        }

        @Test
        void anOldUnsubscribeStillCountsAndIntentNeverGoesBelowZero() {
            LeadRecord lead = lead("s3", Map.of("email", "gm@acme.ca", "jobTitle", "General Manager",
                    "employees", 80, "country", "Canada", "utm.medium", "paid_social"));
            List<Event> events = List.of(
                    event(EventType.EMAIL_UNSUBSCRIBED, days(200)),
                    event(EventType.PAGE_VIEWED, days(40), "url", "https://x.io/pricing"),
                    event(EventType.EMAIL_CLICKED, days(5), "url", "https://x.io/a"),
                    event(EventType.EMAIL_CLICKED, days(6), "url", "https://x.io/b"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    company-fit 10 + decision-maker 10 + geography 5 = 25
            // intent unsubscribed -10 (decay: false) + high-intent-page 15 x 0.5 (40 days) = -2.5
            //        (2 clicks < 3: no nurture-clicks); x 0.9 (paid social) = -2.25, clamped to intent.min 0
            // score  25; intent 0 < 15: not an MQL, NURTURE
            assertCard(card, 25, 0, 0.9, Quadrant.NURTURE, false, false);
        }

        @Test
        void aCompetitorIsDisqualifiedAndAStepBoundaryIsInclusive() {
            LeadRecord lead = lead("s4", Map.of("email", "sam@leadscorer.io", "jobTitle", "Founder",
                    "employees", 20, "country", "UK", "originalSource", "REFERRALS"));
            List<Event> events = List.of(event(EventType.FORM_SUBMITTED, days(60), "form", "Book a demo"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    company-fit 10 + decision-maker 10 + geography 5 + competitor -20 = 5
            // intent quote-request 20 x 0.5 (exactly 60 days: the P60D step, inclusive) = 10; x 1.2 = 12
            // disqualifyIf emailDomain in @competitors; both below 15: PARK
            assertCard(card, 5, 12, 1.2, Quadrant.PARK, false, true);
        }
    }

    @Nested
    class Startup {
        // halfLife P14D; organic x1.2, paid x0.9; fitMin 20, intentMin 20, scoreMin 50; fit in [-30, 30]
        private final Scorer scorer = scorer("startup");

        @Test
        void aCtoOfASaasStartupWhoContactedSalesIsAnMql() {
            LeadRecord lead = lead("t1", Map.of("email", "priya@stackforge.dev", "jobTitle", "CTO & Co-founder",
                    "industry", "SaaS", "employees", 45, "utm.medium", "paid_social"));
            List<Event> events = List.of(
                    event(EventType.FORM_SUBMITTED, days(0), "form", "Contact sales"),
                    event(EventType.PAGE_VIEWED, days(14), "url", "https://x.io/product/"),
                    event(EventType.PAGE_VIEWED, days(15), "url", "https://x.io/solutions/routing"),
                    event(EventType.PAGE_VIEWED, days(16), "url", "https://x.io/features"),
                    event(EventType.PAGE_VIEWED, days(28), "url", "https://x.io/compare/hubspot"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    target-industry 10 + relevant-role 10 + right-size 10 = 30
            // intent demo-request 30 x 1 + product-pages-repeat 10 x 0.5^(14/14) + pricing-page (compare)
            //        20 x 0.5^(28/14) = 30 + 5 + 5 = 40; x 0.9 (paid social) = 36
            // score  66 >= 50: MQL, ROUTE
            assertCard(card, 30, 36, 0.9, Quadrant.ROUTE, true, false);
            assertThat(contributions(card)).containsExactly(Map.entry("target-industry", 10.0),
                    Map.entry("relevant-role", 10.0), Map.entry("right-size", 10.0),
                    Map.entry("product-pages-repeat", 5.0), Map.entry("pricing-page", 5.0),
                    Map.entry("demo-request", 30.0));
        }

        @Test
        void aFounderWritingFromGmailIsBusyButNotAFit() {
            LeadRecord lead = lead("t2", Map.of("email", "alex@gmail.com", "jobTitle", "Founder",
                    "employees", 3, "industry", "Consulting", "originalSource", "ORGANIC_SEARCH"));
            List<Event> events = List.of(
                    event(EventType.PAGE_VIEWED, days(7), "url", "https://x.io/pricing"),
                    event(EventType.FORM_SUBMITTED, days(14), "form", "Request a demo"));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    relevant-role 10 + personal-email -10 = 0
            // intent pricing-page 20 x 0.5^(7/14) = 14.1421356... + demo-request 30 x 0.5 = 15
            //        = 29.1421356...; x 1.2 (organic) = 34.9705627...
            // score  34.97; fit 0 < 20: not an MQL; low fit, high intent: REVIEW
            double intent = (20 * Math.sqrt(0.5) + 15) * 1.2;
            assertCard(card, 0, intent, 1.2, Quadrant.REVIEW, false, false);
            assertThat(intent).isCloseTo(34.9705627, within(1e-7));
        }

        @Test
        void aStudentIsAnObviousNonCustomer() {
            LeadRecord lead = lead("t3", Map.of("email", "jlee@stateu.edu", "jobTitle", "Graduate Student",
                    "industry", "Higher Education", "employees", 30000));
            List<Event> events = List.of(
                    event(EventType.CONTENT_DOWNLOADED, days(28), "asset", "Template"),
                    event(EventType.WEBINAR_ATTENDED, days(0)));

            ScoreCard card = scorer.score(lead, events, NOW);

            // fit    non-customer -20 (student title; .edu would match too but the rule counts once)
            // intent mid-funnel-download 5 x 0.5^(28/14) = 1.25 + webinar 10 x 1 = 11.25; no source: x 1
            // score  -8.75: PARK
            assertCard(card, -20, 11.25, 1.0, Quadrant.PARK, false, false);
        }
    }
}
