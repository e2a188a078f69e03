package io.mqlsync.core.planning;

import io.mqlsync.core.lifecycle.CardSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The slow, obvious answer to "at which whole second does the written outcome first change": walk time
 * in coarse steps, then second by second through the step where it changed.
 */
final class BruteForce {
    private BruteForce() {
    }

    static Optional<Instant> firstChange(CardSource cards, Optional<Instant> baseline, Instant now, Duration step,
                                         Duration horizon) {
        NextRescore.Outcome written = NextRescore.outcome(cards.scoreAt(now, baseline));
        Instant previous = now;
        for (Instant t = now.plus(step); !t.isAfter(now.plus(horizon)); t = t.plus(step)) {
            if (!NextRescore.outcome(cards.scoreAt(t, baseline)).equals(written)) {
                long last = t.getEpochSecond() + 1;
                for (long s = previous.getEpochSecond() + 1; s <= last; s++) {
                    Instant second = Instant.ofEpochSecond(s);
                    if (!NextRescore.outcome(cards.scoreAt(second, baseline)).equals(written)) {
                        return Optional.of(second);
                    }
                }
                throw new AssertionError("a change between two steps must show at some second");
            }
            previous = t;
        }
        return Optional.empty();
    }
}
