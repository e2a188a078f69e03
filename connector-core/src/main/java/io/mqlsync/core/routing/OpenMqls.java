package io.mqlsync.core.routing;

import io.mqlsync.core.model.OwnerId;
import java.util.Map;

/**
 * How many open MQLs each owner has, for {@code least-loaded} routing. The caller supplies the counts
 * (from the state store or the CRM) and adds each assignment it makes before routing the next lead.
 *
 * @param counts open MQLs by owner; an owner not listed has none
 */
public record OpenMqls(Map<OwnerId, Integer> counts) {
    public OpenMqls {
        counts = Map.copyOf(counts);
        if (counts.values().stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("open MQL counts must not be negative");
        }
    }

    /** No counts: every owner has none (what round-robin routing passes). */
    public static OpenMqls none() {
        return new OpenMqls(Map.of());
    }

    public int of(OwnerId owner) {
        return counts.getOrDefault(owner, 0);
    }
}
