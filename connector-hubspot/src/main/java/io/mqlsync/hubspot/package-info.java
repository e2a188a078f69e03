/** The HubSpot CRM adapter: its provider, lead source, engagement source, sink, owner directory and schema setup. */
package io.mqlsync.hubspot;
