package io.mqlsync.core.sync;

import java.util.List;
import java.util.Objects;

/**
 * What a CRM did with one batch write: took it, with one result per item, or rejected it as a whole
 * because of (at least) one bad item, such as HubSpot's 400 for one invalid enumeration value. A batch
 * the CRM took may still hold failed items (HubSpot's 207, Salesforce's per-record SaveResult errors):
 * those are results, not a rejection.
 *
 * @param <R> the adapter's per-item result
 */
public sealed interface BatchOutcome<R> {

    /** The CRM processed the batch. */
    static <R> BatchOutcome<R> accepted(List<R> results) {
        return new Accepted<>(results);
    }

    /** The CRM refused the whole batch because of what some item holds; nothing was written. */
    static <R> BatchOutcome<R> rejected(String message) {
        return new Rejected<>(message);
    }

    /**
     * @param results one per item, in the batch's order; copied
     */
    record Accepted<R>(List<R> results) implements BatchOutcome<R> {
        public Accepted {
            results = List.copyOf(results);
        }
    }

    /**
     * @param message the CRM's error message, to be kept with each bad item; names the problem, and may
     *        quote the bad value, so it goes to the dead letters, not to logs
     */
    record Rejected<R>(String message) implements BatchOutcome<R> {
        public Rejected {
            Objects.requireNonNull(message, "message");
        }
    }
}
