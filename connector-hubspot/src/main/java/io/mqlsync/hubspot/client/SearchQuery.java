package io.mqlsync.hubspot.client;

import java.util.List;
import java.util.Objects;

/**
 * A CRM search: filter groups (OR) of filters (AND), one ascending sort, the properties to return and a
 * page. HubSpot serves at most 10,000 results per query, so callers narrow the filters rather than page deep.
 *
 * @param groups     filter groups; at most 6
 * @param sortBy     the property sorted ascending
 * @param properties the properties to return
 * @param limit      results per page, 1 to 200
 * @param after      the offset cursor, "0" for the first page
 */
public record SearchQuery(List<List<SearchFilter>> groups, String sortBy, List<String> properties, int limit,
                          String after) {
    public static final int MAX_LIMIT = 200;

    public SearchQuery {
        groups = groups.stream().map(List::copyOf).toList();
        Objects.requireNonNull(sortBy, "sortBy");
        properties = List.copyOf(properties);
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
        }
        if (groups.size() > 6) {
            throw new IllegalArgumentException("at most 6 filter groups but was " + groups.size());
        }
    }
}
