package io.mqlsync.bench;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded, realistic leads and engagement histories for benchmarks: a mix of titles, sizes and free-mail
 * domains, and events over 120 days dominated by page views, as CRMs hand them over (oldest first).
 */
final class BenchLeads {
    private static final String[] TITLES = {"VP of Sales", "Director, IT", "Marketing Manager", "Sales Coordinator",
        "Student", "Head of Growth", "Software Engineer", "Chief Revenue Officer", "", "Owner"};
    private static final String[] DOMAINS = {"acme.com", "globex.io", "gmail.com", "initech.com", "yahoo.com",
        "umbrella.co", "hooli.com", "university.edu"};
    private static final String[] URLS = {"https://acme.io/pricing", "https://acme.io/blog/scoring-leads",
        "https://acme.io/product/features", "https://acme.io/", "https://acme.io/compare/rival",
        "https://acme.io/customers", "https://acme.io/docs/getting-started"};
    private static final String[] FORMS = {"Request a demo", "Newsletter", "Blog subscribe", "Contact sales",
        "Whitepaper: MQL playbook"};
    private static final EventType[] MIX = {EventType.PAGE_VIEWED, EventType.PAGE_VIEWED, EventType.PAGE_VIEWED,
        EventType.PAGE_VIEWED, EventType.EMAIL_OPENED, EventType.EMAIL_OPENED, EventType.EMAIL_CLICKED,
        EventType.FORM_SUBMITTED, EventType.CONTENT_DOWNLOADED, EventType.WEBINAR_ATTENDED};

    private BenchLeads() {
    }

    record Scored(LeadRecord lead, List<Event> events) {
    }

    static List<Scored> page(long seed, int leads, int eventsPerLead, Instant now) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Scored> page = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            page.add(new Scored(lead(random, i), events(random, eventsPerLead, now)));
        }
        return page;
    }

    private static LeadRecord lead(SplittableRandom random, int i) {
        Map<String, Object> fields = Map.of(
                "email", "lead" + i + "@" + pick(random, DOMAINS),
                "jobTitle", pick(random, TITLES),
                "employees", random.nextInt(5, 20_000),
                "country", random.nextBoolean() ? "US" : "DE",
                "industry", random.nextBoolean() ? "Software" : "Retail",
                "originalSource", random.nextBoolean() ? "ORGANIC_SEARCH" : "PAID_SEARCH",
                "utm.campaign", "q4-launch");
        return new LeadRecord(new LeadId(Integer.toString(i)), Fields.of(fields));
    }

    private static List<Event> events(SplittableRandom random, int count, Instant now) {
        List<Event> events = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            EventType type = pick(random, MIX);
            Instant at = now.minus(Duration.ofMinutes(random.nextLong(0, 120L * 24 * 60)));
            Map<String, Object> attrs = switch (type) {
                case FORM_SUBMITTED -> Map.of("form", pick(random, FORMS), "url", pick(random, URLS));
                case CONTENT_DOWNLOADED -> Map.of("asset", "whitepaper-mql-playbook.pdf");
                case WEBINAR_ATTENDED -> Map.of("campaign", "Product webinar: scoring");
                default -> Map.of("url", pick(random, URLS));
            };
            events.add(new Event(type, at, Fields.of(attrs)));
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
