/** The fake org's moving parts (records, sessions, SOAP handling, OAuth) that callers reach only through the sandbox API. */
package io.mqlsync.sandbox.salesforce.internal;
