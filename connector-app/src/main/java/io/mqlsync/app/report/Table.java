package io.mqlsync.app.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of already formatted cells. A table without rows is rendered as a "not enough data" note.
 *
 * @param caption the caption above it
 * @param columns the column headings; cells of a column whose heading is not the first are right-aligned
 *                when they look numeric
 * @param rows    the rows, each exactly as long as {@code columns}
 */
public record Table(String caption, List<String> columns, List<List<String>> rows) implements Block {
    public Table {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + caption + "' has no columns");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("table '" + caption + "': row " + i + " has " + rows.get(i).size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }
}
