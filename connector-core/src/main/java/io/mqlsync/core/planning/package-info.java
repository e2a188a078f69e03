/** Pure change planning: the minimal CRM write for a decision, handoff tasks with SLA due dates, and the next decay rescore. */
package io.mqlsync.core.planning;
