package io.mqlsync.sandbox.salesforce.internal.soql;

import java.util.List;
import java.util.Optional;

/**
 * One record of a query result as the partner API shows it: the object name, the {@code Id} header (empty,
 * written nil, when the query did not select {@code Id}), then the selected cells in select order, parent
 * relationships nested.
 *
 * @param type the object name
 * @param id the record id when selected
 * @param cells the selected fields and parent relationships
 */
public record QueryRow(String type, Optional<String> id, List<Cell> cells) {

    /** Copies the cells. */
    public QueryRow {
        cells = List.copyOf(cells);
    }

    /** A selected field or parent relationship. */
    public sealed interface Cell permits FieldCell, ParentCell {
        /** @return the element name */
        String name();
    }

    /** A field and its stored value, empty when the field is empty. */
    public record FieldCell(String name, Optional<Object> value) implements Cell {
    }

    /** A parent relationship and the parent's selected fields, empty when the reference is empty. */
    public record ParentCell(String name, Optional<QueryRow> parent) implements Cell {
    }
}
