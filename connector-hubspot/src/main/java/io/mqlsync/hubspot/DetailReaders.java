package io.mqlsync.hubspot;

/**
 * The readers of HubSpot's engagement detail APIs an engagement source draws on.
 *
 * @param forms     form submissions, per form
 * @param pageViews page views, per contact whose counter changed
 * @param emails    marketing email events, per contact whose counters changed
 * @param meetings  meetings, per page, for contacts whose meeting aggregates changed
 */
record DetailReaders(FormSubmissions forms, PageViews pageViews, EmailEvents emails, Meetings meetings) {
}
