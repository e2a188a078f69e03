/**
 * {@code mqlsync simulate}: reads records read-only (from the CRM or an export) and the recorded outcomes,
 * compares a candidate model with the live one and prints, exports and charts the result.
 */
package io.mqlsync.app.simulate;
