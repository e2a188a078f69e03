package io.mqlsync.sandbox.data;

/** Kinds of generated engagement, a subset of DESIGN.md's canonical event types. */
public enum SyntheticEventType {
    PAGE_VIEWED,
    FORM_SUBMITTED,
    EMAIL_DELIVERED,
    EMAIL_OPENED,
    EMAIL_CLICKED,
    EMAIL_UNSUBSCRIBED,
    EMAIL_BOUNCED,
    WEBINAR_REGISTERED,
    WEBINAR_ATTENDED,
    CONTENT_DOWNLOADED
}
