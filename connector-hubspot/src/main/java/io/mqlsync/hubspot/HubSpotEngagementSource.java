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
import io.mqlsync.core.spi.TransientCrmException;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.mapping.ContactMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The engagement of a page of contacts, from HubSpot's detail APIs where the portal serves them: form
 * submissions per form ({@link FormSubmissions}), meetings per page for the contacts whose meeting aggregates
 * changed ({@link Meetings}), page views ({@link PageViews}) and marketing email events ({@link EmailEvents}) per
 * contact whose counters changed. When a detail API is refused (403: a tier or scope without it), the contact's
 * aggregate properties stand in (the latest conversion, meeting booking, visit, open and click, the opt-out flag),
 * and the lead's card says so. Per-contact reads of a page run on a few threads of their own,
 * through the adapter's shared, thread-safe call policy. Not thread-safe itself.
 */
final class HubSpotEngagementSource implements EngagementSource {
    /** The aggregate properties change detection and the fallbacks read; reads request them. */
    static final List<String> AGGREGATES = List.of("hs_analytics_last_visit_timestamp", PageViews.COUNTER,
            "hs_email_open", "hs_email_click", "hs_email_bounce", "hs_email_last_open_date", "hs_email_last_click_date",
            "hs_email_optout",
            "recent_conversion_event_name", "recent_conversion_date", Meetings.BOOKED, Meetings.ACTIVITY);
    private static final Logger LOG = LoggerFactory.getLogger(HubSpotEngagementSource.class);
    /** Per-contact reads in flight at once: enough to hide each answer's latency under the rate limit. */
    static final int PER_CONTACT_READERS = 4;
    private static final ThreadFactory READER_THREADS = Thread.ofPlatform().name("hubspot-engagement-", 1).daemon().factory();

    /** A detail API, and what stands in for it when the portal refuses it. */
    private enum Detail {
        FORMS("form submissions from the latest conversion"),
        WEB_EVENTS("page views from the latest visit"),
        EMAIL_EVENTS("email engagement from the latest open and click"),
        MEETINGS("meetings from the latest meetings-tool booking");

        private final String fallback;

        Detail(String fallback) {
            this.fallback = fallback;
        }
    }

    private final HubSpotClient client;
    private final ContactMapping mapping;
    private final RecentContacts recent;
    private final DetailReaders readers;
    /** Detail APIs the portal refused: shared by the reader threads. */
    private final Set<Detail> refused = ConcurrentHashMap.newKeySet();

    HubSpotEngagementSource(HubSpotClient client, ContactMapping mapping, RecentContacts recent, DetailReaders readers) {
        this.client = client;
        this.mapping = mapping;
        this.recent = recent;
        this.readers = readers;
    }

    @Override
    public Engagement eventsFor(List<SourceLead> page, Instant now) {
        if (page.isEmpty()) {
            return Engagement.none();
        }
        Map<String, HubSpotObject> contacts = contacts(page);
        // form submissions first, for the whole page on this thread: the first lookup of a run refreshes them
        Optional<Map<String, List<Event>>> submissions = formSubmissions(page, now);
        List<LeadEngagement> leads = new ArrayList<>(page.size());
        for (SourceLead lead : page) {
            LeadEngagement engagement = new LeadEngagement(lead, Optional.ofNullable(contacts.get(lead.record().id().value())));
            submissions.ifPresentOrElse(
                    found -> lead.record().fields().text(CanonicalField.EMAIL).map(found::get).ifPresent(engagement.found::addAll),
                    () -> {
                        engagement.fellBack.add(Detail.FORMS);
                        engagement.contact.ifPresent(c -> latestConversion(c, engagement.found));
                    });
            leads.add(engagement);
        }
        readMeetings(leads, now);
        readPerContact(leads, now);
        Map<LeadId, List<Event>> events = new HashMap<>();
        Map<LeadId, String> notes = new HashMap<>();
        for (LeadEngagement lead : leads) {
            events.put(lead.id(), lead.found);
            lead.note().ifPresent(n -> notes.put(lead.id(), n));
        }
        return new Engagement(events, notes);
    }

    /** The page's form submissions by email; empty when the portal refuses the API (now or before). */
    private Optional<Map<String, List<Event>>> formSubmissions(List<SourceLead> page, Instant now) {
        if (refused.contains(Detail.FORMS)) {
            return Optional.empty();
        }
        List<String> emails = page.stream().flatMap(l -> l.record().fields().text(CanonicalField.EMAIL).stream()).toList();
        try {
            return Optional.of(readers.forms().of(emails, now));
        } catch (CrmAuthException e) {
            refuse(Detail.FORMS);
            return Optional.empty();
        }
    }

    /** Notes that the portal refused a detail API (a tier or scope without it): its aggregates stand in from now on. */
    private void refuse(Detail detail) {
        if (refused.add(detail)) {
            LOG.warn("hubspot refused the {} API; {} stand in", detail, detail.fallback);
        }
    }

    /**
     * Meetings, read for the whole page at once on this thread (one associations read serves up to 1,000
     * contacts). When the portal refuses them, each contact's latest meetings-tool booking stands in.
     */
    private void readMeetings(List<LeadEngagement> leads, Instant now) {
        Optional<Map<String, List<Event>>> read = meetingsOf(leads, now);
        for (LeadEngagement lead : leads) {
            if (read.isPresent()) {
                lead.contact.ifPresent(c -> lead.found.addAll(read.get().getOrDefault(c.id(), List.of())));
            } else {
                lead.fellBack.add(Detail.MEETINGS);
                lead.contact.flatMap(c -> instant(c, Meetings.BOOKED))
                        .ifPresent(at -> lead.found.add(Event.of(EventType.MEETING_BOOKED, at)));
            }
        }
    }

    /** The page's meetings by contact; empty when the portal refuses them, now or before. */
    private Optional<Map<String, List<Event>>> meetingsOf(List<LeadEngagement> leads, Instant now) {
        if (refused.contains(Detail.MEETINGS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(readers.meetings().of(leads.stream().flatMap(l -> l.contact.stream()).toList(), now));
        } catch (CrmAuthException e) {
            refuse(Detail.MEETINGS);
            return Optional.empty();
        }
    }

    /**
     * Page views and email events, which HubSpot serves per contact, read by a few threads at once: one
     * request after another would leave the rate limit unused for as long as each answer takes.
     */
    private void readPerContact(List<LeadEngagement> leads, Instant now) {
        try (ExecutorService threads = Executors.newFixedThreadPool(PER_CONTACT_READERS, READER_THREADS)) {
            List<Future<?>> reads = leads.stream().map(lead -> threads.submit(() -> lead.contact.ifPresent(c -> {
                if (lead.detail(Detail.WEB_EVENTS, () -> readers.pageViews().of(c, now))) {
                    instant(c, "hs_analytics_last_visit_timestamp").ifPresent(at -> lead.found.add(Event.of(EventType.PAGE_VIEWED, at)));
                }
                if (lead.detail(Detail.EMAIL_EVENTS, () -> readers.emails().of(lead.lead, c, now))) {
                    emailAggregates(c, lead.found);
                }
            }))).collect(Collectors.toList());
            awaitAll(reads);
        }
    }

    /** Waits for every read; the first failure is thrown as it was, and the reads not yet started are dropped. */
    private static void awaitAll(List<Future<?>> reads) {
        try {
            for (Future<?> read : reads) {
                read.get();
            }
        } catch (ExecutionException e) {
            reads.forEach(r -> r.cancel(false));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading engagement failed", e.getCause());
        } catch (InterruptedException e) {
            reads.forEach(r -> r.cancel(true));
            Thread.currentThread().interrupt();
            throw new TransientCrmException("hubspot: reading engagement was interrupted", e);
        }
    }

    /** One lead's engagement as it is gathered: its events, and the detail APIs whose fallbacks stood in. */
    private final class LeadEngagement {
        private final SourceLead lead;
        private final Optional<HubSpotObject> contact;
        private final List<Event> found = new ArrayList<>();
        private final Set<Detail> fellBack = EnumSet.noneOf(Detail.class);

        LeadEngagement(SourceLead lead, Optional<HubSpotObject> contact) {
            this.lead = lead;
            this.contact = contact;
        }

        LeadId id() {
            return lead.record().id();
        }

        /**
         * Adds the events of a detail API unless the portal refused it, now or before.
         *
         * @return whether the fallback must stand in
         */
        boolean detail(Detail detail, Supplier<List<Event>> read) {
            if (!refused.contains(detail)) {
                try {
                    found.addAll(read.get());
                    return false;
                } catch (CrmAuthException e) {
                    refuse(detail);
                }
            }
            fellBack.add(detail);
            return true;
        }

        Optional<String> note() {
            if (fellBack.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("derived from HubSpot's aggregate properties (the portal refused the detail): "
                    + fellBack.stream().map(d -> d.fallback).collect(Collectors.joining("; ")));
        }
    }

    private static void latestConversion(HubSpotObject contact, List<Event> found) {
        instant(contact, "recent_conversion_date").ifPresent(at -> found.add(new Event(EventType.FORM_SUBMITTED, at,
                Fields.of(contact.property("recent_conversion_event_name")
                        .map(name -> Map.<String, Object>of("form", name)).orElse(Map.of())))));
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
