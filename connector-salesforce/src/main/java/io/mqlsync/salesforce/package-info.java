/** The Salesforce adapter: provider, settings, and the lead source, engagement, sink, owners and schema parts of the CRM SPI. */
package io.mqlsync.salesforce;
