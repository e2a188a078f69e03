package io.mqlsync.core.routing;

import io.mqlsync.core.model.OwnerEmail;
import java.util.List;
import java.util.Objects;

/**
 * The {@code routing} block of an instance config (DESIGN sections 4 and 7), validated.
 *
 * @param assignWhen         when the MQL transition assigns an owner
 * @param marketingOwners    owners that count as "no sales owner yet"
 * @param strategy           how an owner is picked from a pool
 * @param preferAccountOwner keep the owner of the lead's company or account when that owner is in a pool
 * @param rules              ordered rules; the first match picks the pool
 * @param defaultPool        the pool when no rule matches (or the matched pool has nobody active)
 */
public record RoutingConfig(AssignWhen assignWhen, List<OwnerEmail> marketingOwners, RoutingStrategy strategy,
                            boolean preferAccountOwner, List<RoutingRule> rules, List<OwnerEmail> defaultPool) {
    public RoutingConfig {
        Objects.requireNonNull(assignWhen, "assignWhen");
        Objects.requireNonNull(strategy, "strategy");
        marketingOwners = List.copyOf(marketingOwners);
        rules = List.copyOf(rules);
        defaultPool = List.copyOf(defaultPool);
    }

    /** Owners are emails: never printed. */
    @Override
    public String toString() {
        return "RoutingConfig[assignWhen=" + assignWhen + ", strategy=" + strategy + ", preferAccountOwner="
                + preferAccountOwner + ", rules=" + rules.size() + ", defaultPool=" + defaultPool.size() + " owners]";
    }
}
