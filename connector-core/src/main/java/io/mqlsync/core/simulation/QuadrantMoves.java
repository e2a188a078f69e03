package io.mqlsync.core.simulation;

import io.mqlsync.core.model.Quadrant;
import java.util.ArrayList;
import java.util.List;

/**
 * The live-to-candidate quadrant matrix: all sixteen cells, live quadrant major, in {@link Quadrant} order.
 *
 * @param cells the sixteen cells
 */
public record QuadrantMoves(List<QuadrantMove> cells) {
    private static final int QUADRANTS = Quadrant.values().length;

    public QuadrantMoves {
        cells = List.copyOf(cells);
        if (cells.size() != QUADRANTS * QUADRANTS) {
            throw new IllegalArgumentException("a quadrant matrix has " + QUADRANTS * QUADRANTS + " cells, not " + cells.size());
        }
    }

    /** The matrix of {@code counts[live.ordinal()][candidate.ordinal()]}. */
    static QuadrantMoves of(long[][] counts) {
        List<QuadrantMove> cells = new ArrayList<>(QUADRANTS * QUADRANTS);
        for (Quadrant live : Quadrant.values()) {
            for (Quadrant candidate : Quadrant.values()) {
                cells.add(new QuadrantMove(live, candidate, counts[live.ordinal()][candidate.ordinal()]));
            }
        }
        return new QuadrantMoves(cells);
    }

    /** How many leads are in {@code live} now and would be in {@code candidate}. */
    public long count(Quadrant live, Quadrant candidate) {
        return cells.get(live.ordinal() * QUADRANTS + candidate.ordinal()).leads();
    }

    /** How many leads change quadrant. */
    public long moved() {
        return cells.stream().filter(QuadrantMove::moved).mapToLong(QuadrantMove::leads).sum();
    }
}
