package io.mqlsync.hubspot;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.EngagementSource;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.mapping.ContactMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement of a page of contacts: form submissions from the forms API (per form, see
 * {@link FormSubmissions}), page views from the web events API for contacts whose view counter changed (see
 * {@link PageViews}), and email opens, clicks and unsubscribes derived from the contact's aggregate
 * properties (the last open and click dates, the opt-out flag), which every tier has. When the forms or web
 * events API is refused (403: a tier or scope without it), the latest conversion or visit on the contact stands
 * in. What was derived is noted on the lead's card. Not thread-safe.
 */
final class HubSpotEngagementSource implements EngagementSource {
    /** The aggregate properties events are derived from; reads request them. */
    static final List<String> AGGREGATES = List.of("hs_analytics_last_visit_timestamp", PageViews.COUNTER, "hs_email_last_open_date",
            "hs_email_last_click_date", "hs_email_optout", "recent_conversion_event_name", "recent_conversion_date");
    private static final Logger LOG = LoggerFactory.getLogger(HubSpotEngagementSource.class);
    private static final String AGGREGATE_NOTE = "page views and email engagement derived from HubSpot's aggregate"
            + " properties (latest visit, open and click only)";
    private static final String EMAIL_NOTE = "email engagement derived from HubSpot's aggregate properties"
            + " (latest open and click only)";
    private static final String NO_FORMS_NOTE = "; form submissions from the latest conversion only (forms API refused)";

    private final HubSpotClient client;
    private final ContactMapping mapping;
    private final RecentContacts recent;
    private final FormSubmissions forms;
    private final PageViews pageViews;
    private boolean formsRefused;
    private boolean webEventsRefused;

    HubSpotEngagementSource(HubSpotClient client, ContactMapping mapping, RecentContacts recent, FormSubmissions forms,
                            PageViews pageViews) {
        this.client = client;
        this.mapping = mapping;
        this.recent = recent;
        this.forms = forms;
        this.pageViews = pageViews;
    }

    @Override
    public Engagement eventsFor(List<SourceLead> page, Instant now) {
        if (page.isEmpty()) {
            return Engagement.none();
        }
        Map<String, HubSpotObject> contacts = contacts(page);
        Map<LeadId, List<Event>> events = new HashMap<>();
        Map<LeadId, String> notes = new HashMap<>();
        for (SourceLead lead : page) {
            LeadId id = lead.record().id();
            List<Event> found = new ArrayList<>();
            Optional<HubSpotObject> contact = Optional.ofNullable(contacts.get(id.value()));
            contact.ifPresent(c -> pageViews(c, now, found));
            contact.ifPresent(c -> emailAggregates(c, found));
            formEvents(lead, contact, now, found);
            events.put(id, found);
            String note = webEventsRefused ? AGGREGATE_NOTE : EMAIL_NOTE;
            notes.put(id, formsRefused ? note + NO_FORMS_NOTE : note);
        }
        return new Engagement(events, notes);
    }

    private void formEvents(SourceLead lead, Optional<HubSpotObject> contact, Instant now, List<Event> found) {
        if (!formsRefused) {
            try {
                lead.record().fields().text(CanonicalField.EMAIL).ifPresent(email -> found.addAll(forms.of(email, now)));
                return;
            } catch (CrmAuthException e) {
                // a tier or scope without the forms API: the contact's aggregates are all there is
                LOG.warn("hubspot forms API refused; form submissions fall back to the latest conversion per contact");
                formsRefused = true;
            }
        }
        contact.ifPresent(c -> instant(c, "recent_conversion_date").ifPresent(at -> found.add(new Event(
                EventType.FORM_SUBMITTED, at, Fields.of(c.property("recent_conversion_event_name")
                .map(name -> Map.<String, Object>of("form", name)).orElse(Map.of()))))));
    }

    private void pageViews(HubSpotObject contact, Instant now, List<Event> found) {
        if (!webEventsRefused) {
            try {
                found.addAll(pageViews.of(contact, now));
                return;
            } catch (CrmAuthException e) {
                // below Enterprise HubSpot has no web events API: the latest visit is all there is
                LOG.warn("hubspot web events API refused; page views fall back to the latest visit per contact");
                webEventsRefused = true;
            }
        }
        instant(contact, "hs_analytics_last_visit_timestamp").ifPresent(at -> found.add(Event.of(EventType.PAGE_VIEWED, at)));
    }

    private static void emailAggregates(HubSpotObject contact, List<Event> found) {
        instant(contact, "hs_email_last_open_date").ifPresent(at -> found.add(Event.of(EventType.EMAIL_OPENED, at)));
        instant(contact, "hs_email_last_click_date").ifPresent(at -> found.add(Event.of(EventType.EMAIL_CLICKED, at)));
        if (contact.property("hs_email_optout").filter("true"::equalsIgnoreCase).isPresent()) {
            // HubSpot keeps no date of the opt-out on the contact: the last change of the record bounds it
            instant(contact, ContactMapping.LAST_MODIFIED)
                    .ifPresent(at -> found.add(Event.of(EventType.EMAIL_UNSUBSCRIBED, at)));
        }
    }

    /** The page's contacts with their aggregates: from the read that produced the page, else read in batches. */
    private Map<String, HubSpotObject> contacts(List<SourceLead> page) {
        Map<String, HubSpotObject> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (SourceLead lead : page) {
            String id = lead.record().id().value();
            recent.get(id).ifPresentOrElse(c -> found.put(id, c), () -> missing.add(id));
        }
        for (int from = 0; from < missing.size(); from += HubSpotClient.BATCH_LIMIT) {
            client.batchRead("contacts", missing.subList(from, Math.min(missing.size(), from + HubSpotClient.BATCH_LIMIT)),
                    mapping.readProperties()).forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    private static Optional<Instant> instant(HubSpotObject contact, String property) {
        return contact.property(property).flatMap(ContactMapping::instant);
    }
}
