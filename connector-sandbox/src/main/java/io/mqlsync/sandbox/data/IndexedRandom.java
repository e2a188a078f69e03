package io.mqlsync.sandbox.data;

import java.util.SplittableRandom;

/**
 * Derives an independent random stream per (seed, index, stream), so any record can be produced on its
 * own, in any order, and always identically: this is what lets a million contacts live as an index.
 */
final class IndexedRandom {

    static final int LEAD = 1;
    static final int EVENTS = 2;
    static final int DISPOSITION = 3;
    static final int OWNERS = 4;
    static final int FORMS = 5;
    static final int CREATED = 6;
    static final int DEALS = 7;

    private IndexedRandom() {
    }

    static SplittableRandom of(long seed, long index, int stream) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * stream) + index));
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
