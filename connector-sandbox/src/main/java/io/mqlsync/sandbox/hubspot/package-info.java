/** A stateful fake HubSpot CRM v3 portal on WireMock 3, rate limited like a real portal and validated against HubSpot's own OpenAPI files. */
package io.mqlsync.sandbox.hubspot;
