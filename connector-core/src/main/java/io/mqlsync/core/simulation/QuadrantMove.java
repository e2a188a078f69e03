package io.mqlsync.core.simulation;

import io.mqlsync.core.model.Quadrant;
import java.util.Objects;

/**
 * One cell of the quadrant move matrix.
 *
 * @param live      the quadrant under the live model
 * @param candidate the quadrant under the candidate model
 * @param leads     how many leads sit in {@code live} now and would sit in {@code candidate}
 */
public record QuadrantMove(Quadrant live, Quadrant candidate, long leads) {
    public QuadrantMove {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(candidate, "candidate");
    }

    /** Whether the lead changes quadrant. */
    public boolean moved() {
        return live != candidate;
    }
}
