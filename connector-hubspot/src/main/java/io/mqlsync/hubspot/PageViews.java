package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.hubspot.client.HubSpotEngagementClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.client.Paged;
import io.mqlsync.hubspot.client.WebEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contact's page views from the web events API, which HubSpot serves per contact (Enterprise only): read
 * only for contacts whose page-view counter ({@code hs_analytics_num_page_views}) changed since this adapter
 * last read them, else served from memory. Contacts without views cost nothing. Bounded; thread-safe.
 */
final class PageViews {
    static final String COUNTER = "hs_analytics_num_page_views";

    private final HubSpotEngagementClient client;
    private final Duration horizon;
    private final CounterCache known = new CounterCache(CounterCache.DEFAULT_MAX_EVENTS);

    PageViews(HubSpotEngagementClient client, Duration horizon) {
        this.client = client;
        this.horizon = horizon;
    }

    /**
     * @return the contact's page views since the horizon; empty when it has none
     * @throws io.mqlsync.core.spi.CrmAuthException when the portal refuses the web events API (403)
     */
    List<Event> of(HubSpotObject contact, Instant now) {
        String counter = contact.property(COUNTER).map(String::strip).orElse("0");
        if (counter.isEmpty() || counter.equals("0")) {
            return List.of();
        }
        Optional<List<Event>> cached = known.get(contact.id(), counter);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<Event> views = read(contact.id(), now.minus(horizon));
        known.put(contact.id(), counter, views);
        return views;
    }

    private List<Event> read(String contactId, Instant since) {
        List<Event> views = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Paged<WebEvent> page = client.pageViews(contactId, since, after);
            for (WebEvent view : page.items()) {
                Map<String, Object> attrs = new LinkedHashMap<>();
                Optional.ofNullable(view.properties().get("hs_url")).ifPresent(url -> attrs.put("url", url));
                views.add(new Event(EventType.PAGE_VIEWED, view.occurredAt(), Fields.of(attrs)));
            }
            after = page.after();
        } while (after.isPresent());
        return List.copyOf(views);
    }
}
