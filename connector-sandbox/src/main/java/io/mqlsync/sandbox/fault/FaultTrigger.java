package io.mqlsync.sandbox.fault;

import java.util.SplittableRandom;

/**
 * Decides whether a rule fires for the n-th request it matched. A trigger belongs to one rule; the
 * {@link FaultPlan} calls it under its lock, so implementations may keep state without locking.
 */
@FunctionalInterface
public interface FaultTrigger {

    /**
     * @param match the 1-based count of requests the rule has matched, this one included
     * @return whether this request fails
     */
    boolean fires(long match);

    /** Fires on every matched request. */
    static FaultTrigger always() {
        return match -> true;
    }

    /** Fires on the {@code n}-th matched request only (1-based). */
    static FaultTrigger onNth(long n) {
        return times(n, 1);
    }

    /** Fires on {@code count} consecutive matched requests starting with the {@code first}-th (1-based). */
    static FaultTrigger times(long first, long count) {
        if (first < 1 || count < 0) {
            throw new IllegalArgumentException("first must be at least 1 and count at least 0, were "
                    + first + " and " + count);
        }
        return match -> match >= first && match < first + count;
    }

    /** Fires on every {@code n}-th matched request: the n-th, 2n-th, ... */
    static FaultTrigger everyNth(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return match -> match % n == 0;
    }

    /**
     * Fires on about {@code percent} of matched requests, drawn from a generator seeded with
     * {@code seed}: the same requests in the same order fail the same way on every run.
     */
    static FaultTrigger percent(double percent, long seed) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100, was " + percent);
        }
        SplittableRandom random = new SplittableRandom(seed);
        return match -> random.nextDouble() * 100 < percent;
    }
}
