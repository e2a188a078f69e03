package io.mqlsync.core.sync;

import java.util.Map;
import java.util.Objects;

/**
 * What one page came to, for the page's log line and for settling pending tasks.
 *
 * @param read         records on the page
 * @param changed      non-empty changes written (or planned, in a dry run)
 * @param failed       records kept for retry: refused by the CRM or not processable
 * @param plannedTasks the task key planned per lead of the page, for leads whose plan has a task
 */
record PageReport(int read, int changed, int failed, Map<String, String> plannedTasks) {
    PageReport {
        plannedTasks = Map.copyOf(Objects.requireNonNull(plannedTasks, "plannedTasks"));
    }
}
