package io.mqlsync.core.sync;

import io.mqlsync.core.routing.RoundRobinPositions;
import java.util.HashMap;
import java.util.Map;

/**
 * Round-robin turns kept in memory for a dry run, so that planning moves no persisted position. Every
 * pool starts at its first owner: the store offers no read without a turn, so the owners a dry run
 * shows follow each other fairly but may start elsewhere than a real run's would.
 */
final class DryRunPositions implements RoundRobinPositions {
    private final Map<String, Long> positions = new HashMap<>();

    @Override
    public long getAndAdvance(String poolKey) {
        long position = positions.getOrDefault(poolKey, 0L);
        positions.put(poolKey, position + 1);
        return position;
    }
}
