/** A thin, typed OkHttp + Jackson client of HubSpot's CRM v3 API: auth, headers, failure classification and DTOs. */
package io.mqlsync.hubspot.client;
