package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.soql.BoundQuery;
import io.mqlsync.sandbox.salesforce.internal.soql.QueryRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open query cursors behind query locators. As in Salesforce, a cursor holds the matching records as of the
 * query (their ids; values are read when a page is served), dies after 15 minutes unused, and a user keeps
 * at most 10 open: opening an eleventh drops the least recently used. Not thread-safe.
 */
public final class QueryCursors {
    /** Default {@code QueryOptions.batchSize}. */
    public static final int DEFAULT_BATCH = 500;
    private static final int MIN_BATCH = 200;
    private static final int MAX_BATCH = 2000;
    private static final int MAX_OPEN_PER_USER = 10;
    private static final Duration IDLE_LIFETIME = Duration.ofMinutes(15);

    private final Map<String, Cursor> open = new LinkedHashMap<>(16, 0.75f, true);
    private final OrgRecords records;
    private final Clock clock;

    private static final class Cursor {
        final String userId;
        final BoundQuery query;
        final List<String> ids;
        Instant lastUsed;

        Cursor(String userId, BoundQuery query, List<String> ids, Instant lastUsed) {
            this.userId = userId;
            this.query = query;
            this.ids = ids;
            this.lastUsed = lastUsed;
        }
    }

    /** @param records the org's records; @param clock its clock */
    public QueryCursors(OrgRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @return the first page of the query's result, opening a cursor when there are more */
    public QueryPage first(String userId, BoundQuery query, List<OrgRecord> matching, int batchSize) {
        if (query.isCount()) {
            return new QueryPage(List.of(), matching.size(), Optional.empty());
        }
        List<String> ids = matching.stream().map(OrgRecord::id).toList();
        int size = clamp(batchSize);
        if (ids.size() <= size) {
            return new QueryPage(rows(query, ids, 0, ids.size()), ids.size(), Optional.empty());
        }
        expireIdle();
        List<String> mine = open.entrySet().stream().filter(e -> e.getValue().userId.equals(userId))
                .map(Map.Entry::getKey).toList();
        if (mine.size() >= MAX_OPEN_PER_USER) {
            open.remove(mine.get(0));
        }
        String cursorId = "01g" + records.newId("01g").substring(3, 15);
        open.put(cursorId, new Cursor(userId, query, ids, clock.instant()));
        return new QueryPage(rows(query, ids, 0, size), ids.size(), Optional.of(cursorId + "-" + size));
    }

    /**
     * @return the page after the locator
     * @throws SoapFault {@code INVALID_QUERY_LOCATOR} for an unknown, expired, dropped or foreign locator
     */
    public QueryPage more(String userId, String locator, int batchSize) {
        expireIdle();
        int dash = locator.lastIndexOf('-');
        Cursor cursor = dash < 0 ? null : open.get(locator.substring(0, dash));
        int start = dash < 0 ? -1 : parse(locator.substring(dash + 1));
        if (cursor == null || !cursor.userId.equals(userId) || start < 0 || start > cursor.ids.size()) {
            throw SoapFault.of("INVALID_QUERY_LOCATOR", SoapFault.Type.InvalidQueryLocatorFault,
                    "invalid query locator");
        }
        cursor.lastUsed = clock.instant();
        int end = Math.min(cursor.ids.size(), start + clamp(batchSize));
        List<QueryRow> rows = rows(cursor.query, cursor.ids, start, end);
        if (end >= cursor.ids.size()) {
            open.remove(locator.substring(0, dash));
            return new QueryPage(rows, cursor.ids.size(), Optional.empty());
        }
        return new QueryPage(rows, cursor.ids.size(), Optional.of(locator.substring(0, dash) + "-" + end));
    }

    private List<QueryRow> rows(BoundQuery query, List<String> ids, int from, int to) {
        List<QueryRow> rows = new ArrayList<>(to - from);
        for (String id : ids.subList(from, to)) {
            records.byId(id).ifPresent(r -> rows.add(query.project(r)));
        }
        return rows;
    }

    private void expireIdle() {
        Instant cutoff = clock.instant().minus(IDLE_LIFETIME);
        for (Iterator<Cursor> it = open.values().iterator(); it.hasNext(); ) {
            if (it.next().lastUsed.isBefore(cutoff)) {
                it.remove();
            }
        }
    }

    private static int clamp(int batchSize) {
        return Math.max(MIN_BATCH, Math.min(MAX_BATCH, batchSize));
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
