/** The sync engine, its page pipeline, and the isolation of bad items in a batch a CRM rejected as a whole. */
package io.mqlsync.core.sync;
