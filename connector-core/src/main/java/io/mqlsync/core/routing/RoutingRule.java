package io.mqlsync.core.routing;

import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.scoring.Condition;
import java.util.List;
import java.util.Objects;

/** Leads matching {@code condition} go to {@code pool}. The first matching rule wins. */
public record RoutingRule(Condition condition, List<OwnerEmail> pool) {
    public RoutingRule {
        Objects.requireNonNull(condition, "condition");
        pool = List.copyOf(pool);
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("a routing rule needs at least one owner");
        }
    }

    /** Owners are emails: never printed. */
    @Override
    public String toString() {
        return "RoutingRule[" + pool.size() + " owners]";
    }
}
