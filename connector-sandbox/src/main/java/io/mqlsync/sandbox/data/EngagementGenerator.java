package io.mqlsync.sandbox.data;

import static io.mqlsync.sandbox.data.Vocabulary.pick;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Produces a lead's engagement history from the seed alone. Each lead gets a persona (dormant,
 * researcher, evaluator, webinar-goer, newsletter reader) that sets what it does and how recently,
 * so a population has the recency mix and the pricing-page bursts scoring models look for.
 * Stateless after construction; thread-safe.
 */
final class EngagementGenerator {

    private static final Duration WINDOW = Duration.ofDays(180);

    private final long seed;
    private final Instant anchor;
    private final List<SyntheticForm> forms;

    EngagementGenerator(long seed, Instant anchor, List<SyntheticForm> forms) {
        this.seed = seed;
        this.anchor = anchor;
        this.forms = List.copyOf(forms);
    }

    /** The lead's events, oldest first; empty for a lead that never engaged. */
    List<SyntheticEvent> events(SyntheticLead lead) {
        SplittableRandom random = IndexedRandom.of(seed, lead.index(), IndexedRandom.EVENTS);
        Instant from = lead.createdAt().isAfter(anchor.minus(WINDOW)) ? lead.createdAt() : anchor.minus(WINDOW);
        long span = Math.max(1, Duration.between(from, anchor).toSeconds());
        History history = new History(random, from, span, lead);
        int persona = random.nextInt(100);
        if (persona < 30) {
            history.pageViews(random.nextInt(3), Recency.OLD);
        } else if (persona < 55) {
            history.pageViews(2 + random.nextInt(10), Recency.ANY);
            history.form(FormPurpose.CONTENT_DOWNLOAD, Recency.ANY);
            history.emails(random.nextInt(4), Recency.ANY);
        } else if (persona < 70) {
            history.pricingBurst(3 + random.nextInt(8));
            history.form(random.nextInt(100) < 60 ? FormPurpose.DEMO_REQUEST : FormPurpose.CONTACT_US, Recency.RECENT);
            history.emails(1 + random.nextInt(3), Recency.RECENT);
        } else if (persona < 82) {
            history.webinar(random.nextInt(100) < 65);
            history.emails(2 + random.nextInt(4), Recency.ANY);
        } else {
            history.form(FormPurpose.NEWSLETTER, Recency.OLD);
            history.emails(3 + random.nextInt(8), Recency.ANY);
        }
        List<SyntheticEvent> events = history.events;
        events.sort(Comparator.comparing(SyntheticEvent::at));
        return List.copyOf(events);
    }

    private enum Recency { OLD, ANY, RECENT }

    /** Accumulates one lead's events. */
    private final class History {
        private final SplittableRandom random;
        private final Instant from;
        private final long span;
        private final SyntheticLead lead;
        private final List<SyntheticEvent> events = new ArrayList<>();

        History(SplittableRandom random, Instant from, long span, SyntheticLead lead) {
            this.random = random;
            this.from = from;
            this.span = span;
            this.lead = lead;
        }

        Instant when(Recency recency) {
            double position = switch (recency) {
                case OLD -> random.nextDouble() * 0.5;
                case ANY -> random.nextDouble();
                case RECENT -> 0.85 + random.nextDouble() * 0.15;
            };
            return from.plusSeconds((long) (position * span));
        }

        void pageViews(int count, Recency recency) {
            for (int i = 0; i < count; i++) {
                add(SyntheticEventType.PAGE_VIEWED, when(recency),
                        Map.of("url", Vocabulary.SITE + pick(random, Vocabulary.CONTENT_PAGES)));
            }
        }

        void pricingBurst(int count) {
            Instant start = when(Recency.RECENT);
            for (int i = 0; i < count; i++) {
                // A burst: several pricing views within an hour or two of each other.
                Instant at = start.plusSeconds(random.nextInt(7200));
                add(SyntheticEventType.PAGE_VIEWED, min(at),
                        Map.of("url", Vocabulary.SITE + pick(random, Vocabulary.PRICING_PAGES)));
            }
        }

        void form(FormPurpose purpose, Recency recency) {
            List<SyntheticForm> candidates = forms.stream().filter(f -> f.purpose() == purpose).toList();
            if (candidates.isEmpty()) {
                return;
            }
            SyntheticForm form = candidates.get(random.nextInt(candidates.size()));
            Map<String, String> attrs = new HashMap<>();
            attrs.put("form", form.id());
            attrs.put("url", form.url());
            // Hidden UTM fields carry the lead's own campaign when it has one.
            lead.field(SyntheticLead.UTM_SOURCE).ifPresent(v -> attrs.put("utm_source", v));
            lead.field(SyntheticLead.UTM_MEDIUM).ifPresent(v -> attrs.put("utm_medium", v));
            lead.field(SyntheticLead.UTM_CAMPAIGN).ifPresent(v -> attrs.put("utm_campaign", v));
            lead.field(SyntheticLead.UTM_TERM).ifPresent(v -> attrs.put("utm_term", v));
            lead.field(SyntheticLead.UTM_CONTENT).ifPresent(v -> attrs.put("utm_content", v));
            Instant at = when(recency);
            add(SyntheticEventType.FORM_SUBMITTED, at, attrs);
            if (purpose == FormPurpose.CONTENT_DOWNLOAD) {
                add(SyntheticEventType.CONTENT_DOWNLOADED, at, Map.of("asset", pick(random, Vocabulary.ASSETS)));
            }
        }

        void webinar(boolean attends) {
            List<SyntheticForm> registration = forms.stream()
                    .filter(f -> f.purpose() == FormPurpose.WEBINAR_REGISTRATION).toList();
            String webinar = pick(random, Vocabulary.WEBINARS);
            Instant at = when(Recency.ANY);
            if (!registration.isEmpty()) {
                SyntheticForm form = registration.get(random.nextInt(registration.size()));
                add(SyntheticEventType.FORM_SUBMITTED, at, Map.of("form", form.id(), "url", form.url()));
            }
            add(SyntheticEventType.WEBINAR_REGISTERED, at, Map.of("webinar", webinar));
            if (attends) {
                add(SyntheticEventType.WEBINAR_ATTENDED, min(at.plus(Duration.ofDays(3))), Map.of("webinar", webinar));
            }
        }

        void emails(int count, Recency recency) {
            for (int i = 0; i < count; i++) {
                String campaign = pick(random, Vocabulary.EMAIL_CAMPAIGNS);
                Instant sent = when(recency);
                add(SyntheticEventType.EMAIL_DELIVERED, sent, Map.of("campaign", campaign));
                int roll = random.nextInt(100);
                if (roll < 3) {
                    add(SyntheticEventType.EMAIL_BOUNCED, sent, Map.of("campaign", campaign));
                    return;
                }
                if (roll < 45) {
                    Instant opened = min(sent.plusSeconds(random.nextInt(86_400)));
                    add(SyntheticEventType.EMAIL_OPENED, opened, Map.of("campaign", campaign));
                    if (roll < 15) {
                        add(SyntheticEventType.EMAIL_CLICKED, min(opened.plusSeconds(30)), Map.of("campaign", campaign,
                                "url", Vocabulary.SITE + pick(random, Vocabulary.CONTENT_PAGES)));
                    }
                }
                if (roll == 99) {
                    add(SyntheticEventType.EMAIL_UNSUBSCRIBED, min(sent.plusSeconds(3600)), Map.of("campaign", campaign));
                    return;
                }
            }
        }

        private Instant min(Instant at) {
            return at.isAfter(anchor) ? anchor : at;
        }

        private void add(SyntheticEventType type, Instant at, Map<String, String> attrs) {
            events.add(new SyntheticEvent(type, at, attrs));
        }
    }
}
