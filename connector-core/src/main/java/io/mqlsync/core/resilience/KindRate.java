package io.mqlsync.core.resilience;

import io.mqlsync.core.spi.CallKind;
import java.util.Objects;
import java.util.Set;

/**
 * A second, separate limit for some kinds of call, such as HubSpot search at 5 requests per second. A
 * call of one of these kinds takes a permit from this limit and from the instance's main limit.
 *
 * @param kinds the kinds it applies to; not empty
 * @param rate their own rate
 */
public record KindRate(Set<CallKind> kinds, RequestRate rate) {
    public KindRate {
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(rate, "rate");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a kind rate must name at least one call kind");
        }
    }
}
