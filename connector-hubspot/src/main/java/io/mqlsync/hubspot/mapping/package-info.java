/** Maps canonical lead fields, mqlsync's written properties and planned changes to and from HubSpot contact properties. */
package io.mqlsync.hubspot.mapping;
