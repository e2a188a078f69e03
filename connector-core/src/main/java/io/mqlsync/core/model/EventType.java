package io.mqlsync.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The canonical engagement events every adapter maps its CRM's activity to (DESIGN section 5). */
public enum EventType {
    PAGE_VIEWED,
    FORM_SUBMITTED,
    EMAIL_OPENED,
    EMAIL_CLICKED,
    EMAIL_REPLIED,
    EMAIL_UNSUBSCRIBED,
    EMAIL_BOUNCED,
    WEBINAR_REGISTERED,
    WEBINAR_ATTENDED,
    CONTENT_DOWNLOADED,
    MEETING_BOOKED,
    TRIAL_STARTED,
    CAMPAIGN_RESPONDED;

    /** The type with exactly this name; empty for anything else (names are case-sensitive, as in models). */
    public static Optional<EventType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
