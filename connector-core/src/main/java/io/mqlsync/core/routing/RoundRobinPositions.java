package io.mqlsync.core.routing;

/**
 * Where each round-robin pool stands, persisted so that turns stay fair across runs and restarts. The
 * state store implements it; a pool is keyed by its owners' CRM ids, never by email.
 */
public interface RoundRobinPositions {
    /**
     * Atomically reads the pool's position and moves it on by one. A pool never seen starts at 0.
     * Safe to call from several workers at once.
     *
     * @param poolKey identifies the pool; never null
     * @return the position before the call, never negative
     */
    long getAndAdvance(String poolKey);
}
