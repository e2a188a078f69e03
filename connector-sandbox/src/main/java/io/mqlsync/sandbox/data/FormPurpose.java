package io.mqlsync.sandbox.data;

/** What a generated form is for; scoring models weigh these very differently. */
public enum FormPurpose {
    DEMO_REQUEST,
    CONTACT_US,
    WEBINAR_REGISTRATION,
    CONTENT_DOWNLOAD,
    NEWSLETTER
}
