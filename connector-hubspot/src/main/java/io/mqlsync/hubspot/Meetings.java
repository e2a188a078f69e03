package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import io.mqlsync.hubspot.client.HubSpotAssociatedObjects;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.mapping.MeetingMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meetings of a page of contacts as {@code MEETING_BOOKED} events, read in bulk and only for contacts whose
 * meeting aggregates changed since this adapter last read them: {@value #BOOKED} ("Date of last meeting booked in
 * meetings tool") moves when a contact books one online, {@value #ACTIVITY} ("Latest meeting activity") when a
 * later meeting is logged or scheduled. A contact with neither has never had a meeting and costs nothing; the
 * others of a page share one associations batch read and one meetings batch read per 100 meetings. Meetings booked
 * before the horizon are left out. Bounded; not thread-safe (the engine's thread).
 */
final class Meetings {
    static final String BOOKED = "engagements_last_meeting_booked";
    static final String ACTIVITY = "hs_latest_meeting_activity";
    private static final Logger LOG = LoggerFactory.getLogger(Meetings.class);

    private final HubSpotAssociatedObjects client;
    private final Duration horizon;
    private final CounterCache known = new CounterCache(CounterCache.DEFAULT_MAX_EVENTS);

    Meetings(HubSpotAssociatedObjects client, Duration horizon) {
        this.client = client;
        this.horizon = horizon;
    }

    /**
     * @return the meetings of each contact that has any, by contact id; contacts without are left out
     * @throws io.mqlsync.core.spi.CrmAuthException when the portal refuses the associations or meetings read (403)
     */
    Map<String, List<Event>> of(List<HubSpotObject> contacts, Instant now) {
        Map<String, List<Event>> events = new HashMap<>();
        Map<String, String> stale = new LinkedHashMap<>();
        for (HubSpotObject contact : contacts) {
            String gates = contact.property(BOOKED).orElse("") + "/" + contact.property(ACTIVITY).orElse("");
            if (gates.equals("/")) {
                continue;
            }
            Optional<List<Event>> cached = known.get(contact.id(), gates);
            if (cached.isPresent()) {
                events.put(contact.id(), cached.get());
            } else {
                stale.put(contact.id(), gates);
            }
        }
        if (!stale.isEmpty()) {
            Map<String, List<HubSpotObject>> read = client.of(new ArrayList<>(stale.keySet()), MeetingMapping.PROPERTIES);
            Instant since = now.minus(horizon);
            stale.forEach((contact, gates) -> {
                List<Event> booked = booked(contact, read.getOrDefault(contact, List.of()), since);
                known.put(contact, gates, booked);
                events.put(contact, booked);
            });
        }
        return events;
    }

    private static List<Event> booked(String contact, List<HubSpotObject> meetings, Instant since) {
        List<Event> booked = new ArrayList<>();
        for (HubSpotObject meeting : meetings) {
            Optional<Event> event = MeetingMapping.toEvent(meeting);
            if (event.isEmpty()) {
                LOG.warn("meeting {} of contact {}: has no readable hs_createdate; left out", meeting.id(), contact);
            }
            event.filter(e -> !e.at().isBefore(since)).ifPresent(booked::add);
        }
        return List.copyOf(booked);
    }
}
