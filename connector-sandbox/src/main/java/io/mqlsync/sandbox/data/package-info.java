/** Seeded, CRM-neutral synthetic leads, engagement histories, owners and sales dispositions, derived lazily per index so that a million contacts cost almost nothing. */
package io.mqlsync.sandbox.data;
