package io.mqlsync.sandbox.hubspot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's meetings and their contact associations: the seeded contacts' meetings ({@link SeededMeetings},
 * derived on demand: meeting {@code SEEDED_BASE + (contact - 1) * max + ordinal} belongs to {@code contact}), plus
 * meetings booked through the Java API. Booking one keeps the contact's meeting aggregates current, as HubSpot
 * does: {@code engagements_last_meeting_booked} for a meeting booked online, {@code hs_latest_meeting_activity}
 * for any later than the latest. Serves the meetings batch read and lists a contact's meetings for the v4
 * associations batch read ({@link ContactAssociations}). Thread-safe.
 */
final class MeetingBook {
    /** Where seeded meeting ids start; far from contact, task and deal ids. */
    static final long SEEDED_BASE = 40_000_000_000L;
    /** Where booked meeting ids start. */
    static final long CREATED_BASE = 50_000_000_000L;
    /** The association type id of contact → meeting (HUBSPOT_DEFINED). */
    static final int CONTACT_TO_MEETING = 199;
    private static final RecordBatchRead READ = new RecordBatchRead("MEETING",
            List.of("hs_meeting_title", "hs_meeting_start_time", "hs_meeting_outcome"), "hs_createdate",
            "hs_lastmodifieddate");

    private final ContactProperties seeds;
    private final HubSpotObjects contacts;
    private final Clock clock;
    private final Map<Long, Map<String, String>> booked = new HashMap<>();
    private final Map<Long, List<Long>> bookedOfContact = new HashMap<>();
    private long nextBooked = CREATED_BASE;

    MeetingBook(ContactProperties seeds, HubSpotObjects contacts, Clock clock) {
        this.seeds = seeds;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * Books a meeting associated with the contacts. {@code hs_createdate} defaults to now, the start
     * ({@code hs_meeting_start_time}, {@code hs_timestamp}) to the booking, the outcome to {@code SCHEDULED}
     * and the source to {@link SeededMeetings#BOOKED_ONLINE}.
     *
     * @throws IllegalArgumentException when a contact does not exist
     */
    synchronized long book(Map<String, String> properties, List<Long> contactIds) {
        for (long contact : contactIds) {
            if (contacts.store().get(contact).isEmpty()) {
                throw new IllegalArgumentException("no contact " + contact);
            }
        }
        long id = nextBooked++;
        Map<String, String> values = new HashMap<>(properties);
        String now = HubSpotJson.timestamp(clock.instant());
        values.putIfAbsent("hs_createdate", now);
        values.putIfAbsent("hs_meeting_start_time", values.getOrDefault("hs_timestamp", values.get("hs_createdate")));
        values.putIfAbsent("hs_timestamp", values.get("hs_meeting_start_time"));
        values.putIfAbsent("hs_meeting_outcome", "SCHEDULED");
        values.putIfAbsent("hs_meeting_source", SeededMeetings.BOOKED_ONLINE);
        values.put("hs_lastmodifieddate", now);
        values.put("hs_object_id", String.valueOf(id));
        booked.put(id, Map.copyOf(values));
        for (long contact : contactIds) {
            bookedOfContact.computeIfAbsent(contact, k -> new ArrayList<>()).add(id);
            updateAggregates(contact, values);
        }
        return id;
    }

    /** HubSpot recalculates the contact's meeting aggregates, which bumps its {@code lastmodifieddate}. */
    private void updateAggregates(long contact, Map<String, String> meeting) {
        ObjectView current = contacts.store().get(contact).orElseThrow();
        Map<String, String> changed = new HashMap<>();
        if (SeededMeetings.BOOKED_ONLINE.equals(meeting.get("hs_meeting_source"))) {
            later(current, ContactProperties.MEETING_BOOKED, meeting.get("hs_createdate")).ifPresent(v ->
                    changed.put(ContactProperties.MEETING_BOOKED, v));
        }
        later(current, ContactProperties.MEETING_ACTIVITY, meeting.get("hs_timestamp")).ifPresent(v ->
                changed.put(ContactProperties.MEETING_ACTIVITY, v));
        if (!changed.isEmpty()) {
            contacts.store().update(contact, changed);
        }
    }

    private static Optional<String> later(ObjectView contact, String property, String candidate) {
        Optional<Instant> at = PropertyCatalog.parseInstant(candidate);
        Optional<Instant> now = contact.get(property).flatMap(PropertyCatalog::parseInstant);
        if (at.isEmpty() || now.filter(n -> !n.isBefore(at.get())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(HubSpotJson.timestamp(at.get()));
    }

    /** The ids of the contact's meetings, seeded first; empty when it has none. */
    synchronized List<Long> meetingsOf(long contactId) {
        List<Long> ids = new ArrayList<>();
        for (SeededMeetings.Meeting meeting : seeds.meetings(contactId)) {
            ids.add(seededId(contactId, meeting.ordinal()));
        }
        ids.addAll(bookedOfContact.getOrDefault(contactId, List.of()));
        return ids;
    }

    /** A meeting's properties; empty when there is no such meeting. */
    synchronized Optional<Map<String, String>> find(long id) {
        if (booked.containsKey(id)) {
            return Optional.of(booked.get(id));
        }
        long offset = id - SEEDED_BASE;
        if (offset < 0 || offset >= (long) seeds.count() * SeededMeetings.MAX_PER_CONTACT) {
            return Optional.empty();
        }
        long contact = offset / SeededMeetings.MAX_PER_CONTACT + 1;
        int ordinal = (int) (offset % SeededMeetings.MAX_PER_CONTACT);
        List<SeededMeetings.Meeting> meetings = seeds.meetings(contact);
        return ordinal < meetings.size() ? Optional.of(properties(id, meetings.get(ordinal))) : Optional.empty();
    }

    /** What the associations batch read needs to list a contact's meetings. */
    ContactAssociations.Target associationTarget() {
        return new ContactAssociations.Target(ContactAssociations.names("meetings", "meeting", "0-47"), "MEETING",
                "meetings", CONTACT_TO_MEETING, this::meetingsOf);
    }

    /** {@code POST /crm/v3/objects/meetings/batch/read}: missing ids in a 207, as for contacts. */
    ApiResponse batchRead(ApiRequest request) {
        return READ.serve(request, this::find, clock.instant());
    }

    private static long seededId(long contactId, int ordinal) {
        return SEEDED_BASE + (contactId - 1) * SeededMeetings.MAX_PER_CONTACT + ordinal;
    }

    private static Map<String, String> properties(long id, SeededMeetings.Meeting meeting) {
        Map<String, String> values = new HashMap<>();
        values.put("hs_object_id", String.valueOf(id));
        values.put("hs_meeting_title", "Product demo");
        values.put("hs_createdate", HubSpotJson.timestamp(meeting.bookedAt()));
        values.put("hs_lastmodifieddate", HubSpotJson.timestamp(meeting.bookedAt()));
        values.put("hs_timestamp", HubSpotJson.timestamp(meeting.startsAt()));
        values.put("hs_meeting_start_time", HubSpotJson.timestamp(meeting.startsAt()));
        values.put("hs_meeting_end_time", HubSpotJson.timestamp(meeting.endsAt()));
        values.put("hs_meeting_outcome", meeting.outcome());
        values.put("hs_meeting_source", SeededMeetings.BOOKED_ONLINE);
        meeting.url().ifPresent(u -> values.put("hs_meeting_external_url", u));
        return Map.copyOf(values);
    }
}
