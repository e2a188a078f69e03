/** The fake org's moving parts (records, sessions, SOAP, OAuth), reached only through the sandbox's API. */
package io.mqlsync.sandbox.salesforce.internal;
