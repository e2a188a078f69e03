package io.mqlsync.core.routing;

/** How an owner is picked from a pool ({@code routing.strategy}). */
public enum RoutingStrategy {
    /** In turn; the position is persisted, so it is fair across runs and restarts. The default. */
    ROUND_ROBIN,
    /** The owner with the fewest open MQLs; ties in turn. */
    LEAST_LOADED
}
