package io.mqlsync.core.routing;

import java.util.HashMap;
import java.util.Map;

/** The round-robin port kept in memory: what the state store persists, for tests. */
public final class InMemoryRoundRobinPositions implements RoundRobinPositions {
    private final Map<String, Long> positions = new HashMap<>();

    @Override
    public synchronized long getAndAdvance(String poolKey) {
        long position = positions.getOrDefault(poolKey, 0L);
        positions.put(poolKey, position + 1);
        return position;
    }
}
