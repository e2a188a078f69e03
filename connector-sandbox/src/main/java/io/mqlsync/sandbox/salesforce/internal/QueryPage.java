package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.internal.soql.QueryRow;
import java.util.List;
import java.util.Optional;

/**
 * One {@code QueryResult}.
 *
 * @param rows the page's records
 * @param totalSize the number of records the whole query returns
 * @param queryLocator where {@code queryMore} goes on; empty on the last page
 */
public record QueryPage(List<QueryRow> rows, int totalSize, Optional<String> queryLocator) {

    /** Copies the rows. */
    public QueryPage {
        rows = List.copyOf(rows);
    }

    /** @return whether this is the last page */
    public boolean done() {
        return queryLocator.isEmpty();
    }
}
