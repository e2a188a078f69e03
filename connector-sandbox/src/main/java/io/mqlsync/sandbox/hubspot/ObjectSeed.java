package io.mqlsync.sandbox.hubspot;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the records a portal starts with come from: derived per index on demand, never stored.
 * Record {@code i} has id {@code i + 1}.
 */
interface ObjectSeed {

    /** How many records the portal starts with. */
    int count();

    /** The cheap properties of record {@code index}, including the created/modified timestamps. */
    Map<String, String> core(int index);

    /** The expensive properties (derived from engagement history), computed only when asked for. */
    Map<String, String> derived(int index);

    /**
     * A property that can be known without generating the record (creation and modification time of
     * an unwritten record), so that incremental searches over a large portal stay cheap.
     */
    default Optional<String> quick(int index, String name) {
        return Optional.empty();
    }

    /** The names {@link #derived} may return. */
    Set<String> derivedNames();

    /** A seed with no records. */
    static ObjectSeed empty() {
        return new ObjectSeed() {
            @Override
            public int count() {
                return 0;
            }

            @Override
            public Map<String, String> core(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public Map<String, String> derived(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public Set<String> derivedNames() {
                return Set.of();
            }
        };
    }
}
