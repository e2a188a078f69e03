package io.mqlsync.app.report;

import java.util.List;
import java.util.Objects;

/**
 * One titled part of a page, with its blocks in order. A section with no blocks is rendered with a
 * "not enough data" note, so an empty section never looks broken.
 *
 * @param heading the section's heading
 * @param blocks  its figures, charts, tables and notes, in order
 */
public record Section(String heading, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    /** A section of these blocks. */
    public static Section of(String heading, Block... blocks) {
        return new Section(heading, List.of(blocks));
    }
}
