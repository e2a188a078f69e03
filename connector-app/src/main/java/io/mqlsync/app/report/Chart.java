package io.mqlsync.app.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A chart drawn by Chart.js: categories along one axis and one or more series of values over them. A
 * chart with no value other than zero or a gap is rendered as a "not enough data" note instead of an
 * empty canvas.
 *
 * @param title    the chart's title
 * @param kind     how it is drawn
 * @param unit     what its values measure (axis title and tooltip suffix)
 * @param labels   the categories (periods, sources, reasons, buckets), in order
 * @param datasets the series, each with one value or gap per label
 */
public record Chart(String title, Kind kind, Unit unit, List<String> labels, List<Dataset> datasets) implements Block {
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
        for (Dataset dataset : datasets) {
            if (dataset.values().size() != labels.size()) {
                throw new IllegalArgumentException("chart '" + title + "': dataset '" + dataset.label() + "' has "
                        + dataset.values().size() + " values for " + labels.size() + " labels");
            }
        }
    }

    /** Whether there is anything to draw: at least one value that is neither a gap nor zero. */
    public boolean hasData() {
        return datasets.stream().flatMap(d -> d.values().stream())
                .anyMatch(v -> v.isPresent() && v.getAsDouble() != 0.0);
    }

    /** How a chart is drawn. */
    public enum Kind {
        /** Vertical bars, datasets side by side. */
        BAR,
        /** Horizontal bars, datasets side by side: funnels and ranked categories with long names. */
        HORIZONTAL_BAR,
        /** Vertical bars, datasets stacked: a total split into parts per category. */
        STACKED_BAR,
        /** Lines through the values: trends over periods; gaps stay gaps. */
        LINE,
        /** A ring of the first dataset's shares: a mix that adds up to a whole. */
        DOUGHNUT
    }

    /** What a chart's values measure. */
    public enum Unit {
        /** A number of leads or events. */
        COUNT("count", ""),
        /** A percentage from 0 to 100. */
        PERCENT("%", " %"),
        /** A duration in hours. */
        HOURS("hours", " h"),
        /** A duration in days. */
        DAYS("days", " d"),
        /** Points of a score. */
        POINTS("points", " pts");

        private final String axisTitle;
        private final String suffix;

        Unit(String axisTitle, String suffix) {
            this.axisTitle = axisTitle;
            this.suffix = suffix;
        }

        /** The value axis's title. */
        public String axisTitle() {
            return axisTitle;
        }

        /** What follows a value in a tooltip, with its leading space; empty for counts. */
        public String suffix() {
            return suffix;
        }
    }

    /**
     * One series of a chart.
     *
     * @param label  the series' name in the legend
     * @param values one value per label of the chart; empty is a gap (a rate of nothing, a period without data)
     */
    public record Dataset(String label, List<OptionalDouble> values) {
        public Dataset {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            for (OptionalDouble value : values) {
                if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                    throw new IllegalArgumentException("dataset '" + label + "' has a value that is not finite");
                }
            }
        }

        /** A series without gaps. */
        public static Dataset of(String label, List<? extends Number> values) {
            return new Dataset(label, values.stream().map(v -> OptionalDouble.of(v.doubleValue())).toList());
        }
    }
}
