/** Canonical fields, mqlsync's written properties and events to and from Salesforce fields, records and activities. */
package io.mqlsync.salesforce.mapping;
