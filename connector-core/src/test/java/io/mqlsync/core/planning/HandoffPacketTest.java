package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffPacketTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final ScoreCard CARD = new ScoreCard("b2b-default@1", NOW, 30, 82.5, 1.0, 112.5, true, false,
            Quadrant.ROUTE, List.of(
                    new Contribution("title-exec", Optional.of("Director or VP"), RuleKind.FIT, 20, 1, "jobTitle=VP Sales",
                            false, Optional.empty()),
                    new Contribution("size", Optional.empty(), RuleKind.FIT, 10, 1, "employees=250", false, Optional.empty()),
                    new Contribution("pricing-3x", Optional.of("Pricing page 3+ times in 7 days"), RuleKind.INTENT, 24.5,
                            0.98, "3x PAGE_VIEWED /pricing in P7D", false, Optional.of(Instant.parse("2026-11-18T14:00:00Z"))),
                    new Contribution("demo-request", Optional.of("Requested a demo"), RuleKind.INTENT, 48, 0.96,
                            "FORM_SUBMITTED form=demo", true, Optional.of(Instant.parse("2026-11-20T15:30:00Z"))),
                    new Contribution("email-open", Optional.empty(), RuleKind.INTENT, 10, 0.9, "12x EMAIL_OPENED",
                            false, Optional.of(Instant.parse("2026-11-10T09:00:00Z")))));

    @Test
    void tellsWhoWhyWhereFromWhatAndTheSlaInThatOrder() {
        Fields fields = Fields.of(Map.of("firstName", "Jane", "lastName", "Doe", "jobTitle", "VP Sales",
                "company", "Acme", "employees", 250, "industry", "Software", "originalSource", "ORGANIC_SEARCH",
                "utm.campaign", "spring", "landingPage", "https://x.io/pricing"));
        List<Event> events = List.of(
                new Event(EventType.PAGE_VIEWED, Instant.parse("2026-10-01T13:00:00Z"),
                        Fields.of(Map.of("url", "https://x.io/blog"))),
                new Event(EventType.FORM_SUBMITTED, Instant.parse("2026-11-20T15:30:00Z"), Fields.of(Map.of("form", "demo"))));

        String text = new HandoffPacket(fields, CARD, events, Instant.parse("2026-11-23T19:00:00Z"), "4 business hours",
                NEW_YORK).text();

        assertThat(text).isEqualTo("""
                WHO
                Name: Jane Doe
                Title: VP Sales
                Company: Acme
                Size: 250 employees
                Industry: Software

                WHY
                Score 113 (fit 30, intent 83), quadrant ROUTE, model b2b-default@1
                - Requested a demo: +48 (FORM_SUBMITTED form=demo)
                - Pricing page 3+ times in 7 days: +24.5 (3x PAGE_VIEWED /pricing in P7D)
                - Director or VP: +20 (jobTitle=VP Sales)
                - size: +10 (employees=250)
                - email-open: +10 (12x EMAIL_OPENED)

                WHERE FROM
                Original source: ORGANIC_SEARCH
                UTM campaign: spring
                Landing page: https://x.io/pricing
                First touch: Thu 2026-10-01 09:00 EDT, PAGE_VIEWED https://x.io/blog
                Latest touch: Fri 2026-11-20 10:30 EST, FORM_SUBMITTED demo

                WHAT THEY ENGAGED WITH (newest first)
                - Fri 2026-11-20 10:30 EST  Requested a demo: FORM_SUBMITTED form=demo
                - Wed 2026-11-18 09:00 EST  Pricing page 3+ times in 7 days: 3x PAGE_VIEWED /pricing in P7D
                - Tue 2026-11-10 04:00 EST  email-open: 12x EMAIL_OPENED

                SLA
                Follow up within 4 business hours: due Mon 2026-11-23 14:00 EST.""");
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        String text = new HandoffPacket(Fields.empty(), CARD, List.of(), NOW, "4 hours", ZoneOffset.UTC).text();

        assertThat(text).doesNotContain("WHO", "WHERE FROM", "Name:").contains("WHY", "SLA");
    }
}
