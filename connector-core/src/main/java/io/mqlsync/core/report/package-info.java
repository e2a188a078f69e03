/**
 * The funnel KPIs of one instance computed from its state store in one streaming pass per table: the
 * figures behind {@code mqlsync report}; pure, no I/O of its own.
 */
package io.mqlsync.core.report;
