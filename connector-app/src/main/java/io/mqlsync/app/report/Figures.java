package io.mqlsync.app.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of headline numbers, each a label over a large value (already formatted) with an optional detail line.
 *
 * @param figures the numbers, in order
 */
public record Figures(List<Figure> figures) implements Block {
    public Figures {
        figures = List.copyOf(figures);
    }

    /** A row of these figures. */
    public static Figures of(Figure... figures) {
        return new Figures(List.of(figures));
    }

    /**
     * One headline number.
     *
     * @param label  what it counts, e.g. "MQL rate"
     * @param value  the formatted value, e.g. "12.5 %"
     * @param detail a line under it, e.g. "40 of 320 leads scored"
     */
    public record Figure(String label, String value, Optional<String> detail) {
        public Figure {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(detail, "detail");
        }

        /** A figure without a detail line. */
        public static Figure of(String label, String value) {
            return new Figure(label, value, Optional.empty());
        }

        /** A figure with a detail line. */
        public static Figure of(String label, String value, String detail) {
            return new Figure(label, value, Optional.of(detail));
        }
    }
}
