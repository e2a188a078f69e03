package io.mqlsync.hubspot.mapping;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.hubspot.client.HubSpotObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot meetings as {@link EventType#MEETING_BOOKED} events, dated when the meeting was booked
 * ({@code hs_createdate}), not when it takes place: a meeting booked for next week shows intent now. Attributes,
 * each only when HubSpot has a value: {@code title} ({@code hs_meeting_title}), {@code outcome}
 * ({@code hs_meeting_outcome}: {@code SCHEDULED}, {@code COMPLETED}, {@code RESCHEDULED}, {@code NO_SHOW},
 * {@code CANCELED}), {@code source} ({@code hs_meeting_source}, e.g. {@code MEETINGS_PUBLIC} for a booking page,
 * {@code CRM_UI} for one a rep logged) and {@code url} ({@code hs_meeting_external_url}, the calendar link).
 * Cancelled meetings are events too: the request was real, and a model can leave them out with a {@code where} on
 * {@code outcome}.
 */
public final class MeetingMapping {
    /** The meeting properties read. */
    public static final List<String> PROPERTIES = List.of("hs_createdate", "hs_meeting_title", "hs_meeting_outcome",
            "hs_meeting_source", "hs_meeting_external_url");
    private static final Map<String, String> ATTRIBUTES = attributes();

    private MeetingMapping() {
    }

    /** @return the booking; empty when HubSpot gave no readable {@code hs_createdate} */
    public static Optional<Event> toEvent(HubSpotObject meeting) {
        return meeting.property("hs_createdate").flatMap(HubSpotValues::instant).map(at -> {
            Map<String, Object> attrs = new LinkedHashMap<>();
            ATTRIBUTES.forEach((property, attribute) -> meeting.property(property).map(String::strip)
                    .filter(v -> !v.isEmpty()).ifPresent(v -> attrs.put(attribute, v)));
            return new Event(EventType.MEETING_BOOKED, at, Fields.of(attrs));
        });
    }

    private static Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("hs_meeting_title", "title");
        attributes.put("hs_meeting_outcome", "outcome");
        attributes.put("hs_meeting_source", "source");
        attributes.put("hs_meeting_external_url", "url");
        return attributes;
    }
}
