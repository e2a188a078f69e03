/** The Salesforce client: OAuth over OkHttp, the force-wsc partner connection, and how its failures are classified. */
package io.mqlsync.salesforce.client;
