package io.mqlsync.hubspot.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of objects from a list or search endpoint.
 *
 * @param results the objects, in HubSpot's order
 * @param after   the paging cursor of the next page; empty on the last page
 */
public record ObjectPage(List<HubSpotObject> results, Optional<String> after) {
    public ObjectPage {
        results = List.copyOf(results);
        Objects.requireNonNull(after, "after");
    }
}
