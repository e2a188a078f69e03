package io.mqlsync.hubspot;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.hubspot.client.EmailEvent;
import io.mqlsync.hubspot.client.HubSpotEngagementClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.client.Paged;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contact's marketing email events from the legacy email events API, which HubSpot serves by recipient: read
 * only for contacts whose email counters ({@code hs_email_open}, {@code hs_email_click}, {@code hs_email_bounce},
 * {@code hs_email_optout}) changed since this adapter last read them, else served from memory. Contacts that never
 * opened, clicked, bounced or opted out cost nothing. Bounded; thread-safe.
 */
final class EmailEvents {
    static final List<String> COUNTERS = List.of("hs_email_open", "hs_email_click", "hs_email_bounce", "hs_email_optout");
    private static final String NOTHING = "0/0/0/false";

    private final HubSpotEngagementClient client;
    private final Duration horizon;
    private final CounterCache known = new CounterCache(CounterCache.DEFAULT_MAX_EVENTS);

    EmailEvents(HubSpotEngagementClient client, Duration horizon) {
        this.client = client;
        this.horizon = horizon;
    }

    /**
     * @return the contact's email events since the horizon; empty when it has none or no email
     * @throws io.mqlsync.core.spi.CrmAuthException when the portal refuses the email events API (403)
     */
    List<Event> of(SourceLead lead, HubSpotObject contact, Instant now) {
        String counters = String.join("/", contact.property(COUNTERS.get(0)).orElse("0"),
                contact.property(COUNTERS.get(1)).orElse("0"), contact.property(COUNTERS.get(2)).orElse("0"),
                contact.property(COUNTERS.get(3)).orElse("false"));
        Optional<String> email = lead.record().fields().text(CanonicalField.EMAIL);
        if (counters.equals(NOTHING) || email.isEmpty()) {
            return List.of();
        }
        Optional<List<Event>> cached = known.get(contact.id(), counters);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<Event> events = read(email.get(), now.minus(horizon));
        known.put(contact.id(), counters, events);
        return events;
    }

    private List<Event> read(String recipient, Instant since) {
        List<Event> events = new ArrayList<>();
        Optional<String> offset = Optional.empty();
        do {
            Paged<EmailEvent> page = client.emailEvents(recipient, since, offset);
            page.items().forEach(e -> canonical(e).ifPresent(events::add));
            offset = page.after();
        } while (offset.isPresent());
        return List.copyOf(events);
    }

    private static Optional<Event> canonical(EmailEvent event) {
        Optional<EventType> type = switch (event.type()) {
            case "OPEN" -> Optional.of(EventType.EMAIL_OPENED);
            case "CLICK" -> Optional.of(EventType.EMAIL_CLICKED);
            case "BOUNCE" -> Optional.of(EventType.EMAIL_BOUNCED);
            case "STATUSCHANGE" -> event.unsubscribed() ? Optional.of(EventType.EMAIL_UNSUBSCRIBED) : Optional.empty();
            default -> Optional.empty();
        };
        return type.map(t -> new Event(t, event.at(),
                Fields.of(event.url().map(u -> Map.<String, Object>of("url", u)).orElse(Map.of()))));
    }
}
