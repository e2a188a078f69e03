package io.mqlsync.core.report;

import io.mqlsync.core.model.Quadrant;
import java.util.Objects;

/**
 * The MQLs that sat in one fit/intent quadrant when they qualified, and how they converted.
 *
 * @param quadrant the quadrant on the qualifying score card
 * @param mqls     MQLs of the range
 * @param accepted of those, accepted by sales (or taken straight to SQL)
 * @param sql      of those, reached SQL
 * @param rejected of those, rejected by sales (recycled or disqualified with a reason) after qualifying
 */
public record QuadrantRow(Quadrant quadrant, long mqls, long accepted, long sql, long rejected) {
    public QuadrantRow {
        Objects.requireNonNull(quadrant, "quadrant");
    }
}
