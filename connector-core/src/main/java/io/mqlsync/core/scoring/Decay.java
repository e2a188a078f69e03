package io.mqlsync.core.scoring;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How much an event of a given age still counts, as a factor in [0, 1] that never increases with age.
 * Ages are whole milliseconds; events in the future count as age 0.
 */
public sealed interface Decay {

    /** @param ageMillis the event's age; negative ages are treated as 0 */
    double factor(long ageMillis);

    /** Events count fully whatever their age ({@code decay: false}, or a model without decay). */
    static Decay none() {
        return None.INSTANCE;
    }

    /** No decay. */
    enum None implements Decay {
        INSTANCE;

        @Override
        public double factor(long ageMillis) {
            return 1.0;
        }
    }

    /** {@code 0.5^(age / halfLife)}. */
    record HalfLife(Duration halfLife) implements Decay {
        public HalfLife {
            requirePositive(halfLife, "halfLife");
        }

        @Override
        public double factor(long ageMillis) {
            return ageMillis <= 0 ? 1.0 : Math.pow(0.5, (double) ageMillis / halfLife.toMillis());
        }
    }

    /** {@code max(0, 1 - age / lifespan)}: fades to 0 over the lifespan. */
    record Linear(Duration lifespan) implements Decay {
        public Linear {
            requirePositive(lifespan, "lifespan");
        }

        @Override
        public double factor(long ageMillis) {
            return ageMillis <= 0 ? 1.0 : Math.max(0.0, 1.0 - (double) ageMillis / lifespan.toMillis());
        }
    }

    /** The factor of the first step whose {@code upTo} is at least the age; 0 past the last step. */
    record Steps(List<Step> steps) implements Decay {
        public Steps {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("steps must not be empty");
            }
            for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).upTo().compareTo(steps.get(i - 1).upTo()) <= 0
                        || steps.get(i).factor() > steps.get(i - 1).factor()) {
                    throw new IllegalArgumentException(
                            "steps must have increasing upTo and factors that never increase");
                }
            }
        }

        @Override
        public double factor(long ageMillis) {
            long age = Math.max(0, ageMillis);
            for (Step step : steps) {
                if (step.upTo().toMillis() >= age) {
                    return step.factor();
                }
            }
            return 0.0;
        }
    }

    /** One step of a {@link Steps} curve: events up to {@code upTo} old (inclusive) count {@code factor}. */
    record Step(Duration upTo, double factor) {
        public Step {
            Objects.requireNonNull(upTo, "upTo");
            if (upTo.isNegative()) {
                throw new IllegalArgumentException("upTo must not be negative");
            }
            if (!(factor >= 0.0 && factor <= 1.0)) {
                throw new IllegalArgumentException("a step factor must lie in [0, 1]");
            }
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
