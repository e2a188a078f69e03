/** What mqlsync remembers per CRM instance between runs (checkpoints, run log, transition history, task ledger, round-robin positions, dead letters, lease) and its JDBC implementation. */
package io.mqlsync.core.state;
