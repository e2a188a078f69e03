package io.mqlsync.hubspot.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a paged HubSpot listing.
 *
 * @param items the page's items, in HubSpot's order
 * @param after the cursor of the next page; empty on the last page
 */
public record Paged<T>(List<T> items, Optional<String> after) {
    public Paged {
        items = List.copyOf(items);
        Objects.requireNonNull(after, "after");
    }
}
