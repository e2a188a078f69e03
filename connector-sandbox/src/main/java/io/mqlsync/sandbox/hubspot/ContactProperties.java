package io.mqlsync.sandbox.hubspot;

import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticEvent;
import io.mqlsync.sandbox.data.SyntheticEventType;
import io.mqlsync.sandbox.data.SyntheticForm;
import io.mqlsync.sandbox.data.SyntheticLead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Maps generated leads to HubSpot contact properties: canonical fields to HubSpot's names, company
 * size to HubSpot's employee ranges, and engagement history to the aggregate properties HubSpot
 * keeps on the contact. Thread-safe.
 */
final class ContactProperties implements ObjectSeed {

    static final List<String> SOURCES = List.of(
            "ORGANIC_SEARCH", "PAID_SEARCH", "EMAIL_MARKETING", "SOCIAL_MEDIA", "REFERRALS", "OTHER_CAMPAIGNS",
            "DIRECT_TRAFFIC", "OFFLINE", "PAID_SOCIAL");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(SyntheticLead.EMAIL, "email"),
            Map.entry(SyntheticLead.FIRST_NAME, "firstname"),
            Map.entry(SyntheticLead.LAST_NAME, "lastname"),
            Map.entry(SyntheticLead.JOB_TITLE, "jobtitle"),
            Map.entry(SyntheticLead.COMPANY, "company"),
            Map.entry(SyntheticLead.INDUSTRY, "industry"),
            Map.entry(SyntheticLead.ANNUAL_REVENUE, "annualrevenue"),
            Map.entry(SyntheticLead.COUNTRY, "country"),
            Map.entry(SyntheticLead.STATE, "state"),
            Map.entry(SyntheticLead.CITY, "city"),
            Map.entry(SyntheticLead.LEAD_SOURCE, "hs_analytics_source"),
            Map.entry(SyntheticLead.UTM_SOURCE, "utm_source"),
            Map.entry(SyntheticLead.UTM_MEDIUM, "utm_medium"),
            Map.entry(SyntheticLead.UTM_CAMPAIGN, "utm_campaign"),
            Map.entry(SyntheticLead.UTM_TERM, "utm_term"),
            Map.entry(SyntheticLead.UTM_CONTENT, "utm_content"),
            Map.entry(SyntheticLead.LANDING_PAGE, "hs_analytics_first_url"),
            Map.entry(SyntheticLead.LIFECYCLE_STAGE, "lifecyclestage"),
            Map.entry(SyntheticLead.LEAD_STATUS, "hs_lead_status"));

    /** "Date of last meeting booked in meetings tool": HubSpot's aggregate of meetings booked online. */
    static final String MEETING_BOOKED = "engagements_last_meeting_booked";
    /** "Latest meeting activity": the date of the contact's latest meeting, past or upcoming. */
    static final String MEETING_ACTIVITY = "hs_latest_meeting_activity";

    private static final Set<String> DERIVED = Set.of(
            "hs_analytics_num_page_views", "hs_analytics_num_visits", "hs_analytics_last_visit_timestamp",
            "hs_email_open", "hs_email_click", "hs_email_bounce", "hs_email_last_open_date", "hs_email_last_click_date",
            "hs_email_optout", "recent_conversion_event_name", "recent_conversion_date",
            "first_conversion_event_name", "num_conversion_events", MEETING_BOOKED, MEETING_ACTIVITY);

    private final SyntheticCrm crm;
    private final IntFunction<String> ownerId;
    private final Map<String, String> formNames = new HashMap<>();
    private final SeededMeetings meetings;

    /** @param ownerId the HubSpot owner id of a roster ordinal */
    ContactProperties(SyntheticCrm crm, IntFunction<String> ownerId) {
        this.crm = crm;
        this.ownerId = ownerId;
        this.meetings = new SeededMeetings(crm.forms(), crm.spec().anchor());
        for (SyntheticForm form : crm.forms()) {
            formNames.put(form.id(), form.name());
        }
    }

    @Override
    public int count() {
        return crm.contactCount();
    }

    @Override
    public Map<String, String> core(int index) {
        SyntheticLead lead = crm.lead(index);
        Map<String, String> properties = new HashMap<>();
        lead.fields().forEach((field, value) -> {
            String name = NAMES.get(field);
            if (name != null) {
                properties.put(name, value);
            }
        });
        lead.field(SyntheticLead.EMPLOYEES).flatMap(ContactProperties::employeeRange)
                .ifPresent(range -> properties.put("numemployees", range));
        lead.field(SyntheticLead.OWNER).ifPresent(o -> properties.put("hubspot_owner_id",
                ownerId.apply(Integer.parseInt(o))));
        lead.field(SyntheticLead.UTM_SOURCE).ifPresent(v -> properties.put("hs_analytics_source_data_1", v));
        lead.field(SyntheticLead.UTM_CAMPAIGN).ifPresent(v -> properties.put("hs_analytics_source_data_2", v));
        String created = HubSpotJson.timestamp(lead.createdAt());
        properties.put("createdate", created);
        properties.put("lastmodifieddate", created);
        properties.put("hs_object_id", String.valueOf(index + 1L));
        return properties;
    }

    @Override
    public Map<String, String> derived(int index) {
        List<SyntheticEvent> events = crm.events(index);
        Map<String, String> properties = new HashMap<>();
        Aggregate views = new Aggregate();
        Aggregate opens = new Aggregate();
        Aggregate clicks = new Aggregate();
        Set<LocalDate> visitDays = new HashSet<>();
        String firstConversion = null;
        String recentConversion = null;
        Instant recentConversionAt = null;
        int conversions = 0;
        int bounces = 0;
        boolean optedOut = false;
        for (SyntheticEvent event : events) {
            switch (event.type()) {
                case PAGE_VIEWED -> {
                    views.add(event.at());
                    visitDays.add(LocalDate.ofInstant(event.at(), ZoneOffset.UTC));
                }
                case EMAIL_OPENED -> opens.add(event.at());
                case EMAIL_CLICKED -> clicks.add(event.at());
                case EMAIL_UNSUBSCRIBED -> optedOut = true;
                case EMAIL_BOUNCED -> bounces++;
                case FORM_SUBMITTED -> {
                    String name = formNames.getOrDefault(event.attrs().get("form"), "Form");
                    firstConversion = firstConversion == null ? name : firstConversion;
                    recentConversion = name;
                    recentConversionAt = event.at();
                    conversions++;
                }
                default -> { }
            }
        }
        properties.put("hs_analytics_num_page_views", String.valueOf(views.count));
        properties.put("hs_analytics_num_visits", String.valueOf(visitDays.size()));
        views.last(properties, "hs_analytics_last_visit_timestamp");
        properties.put("hs_email_open", String.valueOf(opens.count));
        properties.put("hs_email_click", String.valueOf(clicks.count));
        properties.put("hs_email_bounce", String.valueOf(bounces));
        opens.last(properties, "hs_email_last_open_date");
        clicks.last(properties, "hs_email_last_click_date");
        properties.put("hs_email_optout", String.valueOf(optedOut));
        properties.put("num_conversion_events", String.valueOf(conversions));
        if (recentConversion != null) {
            properties.put("first_conversion_event_name", firstConversion);
            properties.put("recent_conversion_event_name", recentConversion);
            properties.put("recent_conversion_date", HubSpotJson.timestamp(recentConversionAt));
        }
        meetingAggregates(meetings.of(index + 1L, events), properties);
        return properties;
    }

    @Override
    public Optional<String> quick(int index, String name) {
        if (name.equals("createdate") || name.equals("lastmodifieddate")) {
            return Optional.of(HubSpotJson.timestamp(crm.createdAt(index)));
        }
        return Optional.empty();
    }

    @Override
    public Set<String> derivedNames() {
        return DERIVED;
    }

    /** The event history of a seeded contact; empty for contacts created through the API. */
    List<SyntheticEvent> events(long contactId) {
        return contactId >= 1 && contactId <= count() ? crm.events((int) (contactId - 1)) : List.of();
    }

    /** The meetings a seeded contact booked; empty for contacts created through the API. */
    List<SeededMeetings.Meeting> meetings(long contactId) {
        return contactId >= 1 && contactId <= count() ? meetings.of(contactId, events(contactId)) : List.of();
    }

    /** The contact's meeting aggregates as HubSpot keeps them: the latest booking, the latest meeting's date. */
    private static void meetingAggregates(List<SeededMeetings.Meeting> booked, Map<String, String> properties) {
        booked.stream().map(SeededMeetings.Meeting::bookedAt).max(Instant::compareTo)
                .ifPresent(at -> properties.put(MEETING_BOOKED, HubSpotJson.timestamp(at)));
        booked.stream().map(SeededMeetings.Meeting::startsAt).max(Instant::compareTo)
                .ifPresent(at -> properties.put(MEETING_ACTIVITY, HubSpotJson.timestamp(at)));
    }

    /** The email the seeded contact submitted forms with. */
    Optional<String> seededEmail(long contactId) {
        return contactId >= 1 && contactId <= count()
                ? crm.lead((int) (contactId - 1)).field(SyntheticLead.EMAIL) : Optional.empty();
    }

    static boolean isEmail(SyntheticEventType type) {
        return type.name().startsWith("EMAIL_");
    }

    private static Optional<String> employeeRange(String employees) {
        int count;
        try {
            count = Integer.parseInt(employees);
        } catch (NumberFormatException garbage) {
            // An enumeration cannot hold junk: HubSpot would have refused it, so the contact has none.
            return Optional.empty();
        }
        String range = count < 5 ? "1-5" : count < 25 ? "5-25" : count < 50 ? "25-50" : count < 100 ? "50-100"
                : count < 500 ? "100-500" : count < 1000 ? "500-1000" : "1000+";
        return Optional.of(range);
    }

    /** Counts events and remembers the latest. */
    private static final class Aggregate {
        private int count;
        private Instant last;

        void add(Instant at) {
            count++;
            last = last == null || at.isAfter(last) ? at : last;
        }

        void last(Map<String, String> properties, String name) {
            if (last != null) {
                properties.put(name, HubSpotJson.timestamp(last));
            }
        }
    }
}
