package io.mqlsync.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Renders a {@link ReportPage} as one self-contained HTML file: styles, Chart.js and the chart data are
 * inline, nothing is fetched, so the page opens offline and can be mailed around. Every text of the
 * model is escaped; chart data travels as JSON in a {@code <script type="application/json">} element.
 * Charts are drawn without animation, so a screenshot taken once the page has loaded shows them whole.
 * Each chart's canvas has the class {@code mqlsync-chart}; the body's {@code data-charts} attribute says
 * how many there are. Immutable and thread-safe.
 */
public final class HtmlPage {
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,.]*\\s*(%|h|d|[A-Z]{3})?|[A-Z]{3}\\s+[-0-9,.]+|—");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChartJsLibrary chartJs;

    private HtmlPage(ChartJsLibrary chartJs) {
        this.chartJs = chartJs;
    }

    /** A renderer that inlines the Chart.js of the {@code org.webjars.npm:chart.js} WebJar on the class path. */
    public static HtmlPage withBundledChartJs() {
        return new HtmlPage(ChartJsLibrary.bundled());
    }

    /** Writes {@code page} to {@code file} in UTF-8, replacing it, and returns the file. */
    public Path write(ReportPage page, Path file) {
        try {
            Files.writeString(file, render(page), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /** The page as HTML text. */
    public String render(ReportPage page) {
        StringBuilder html = new StringBuilder(chartJs.script().length() + 32_768);
        List<ObjectNode> charts = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        body.append("<header><h1>").append(Html.escape(page.title())).append("</h1>\n");
        for (String line : page.context()) {
            body.append("<p class=\"context\">").append(Html.escape(line)).append("</p>\n");
        }
        body.append(contents(page)).append("</header>\n<main>\n");
        for (int i = 0; i < page.sections().size(); i++) {
            section(body, "section-" + (i + 1), page.sections().get(i), charts);
        }
        body.append("</main>\n<footer>Charts drawn with Chart.js ").append(Html.escape(chartJs.version()))
                .append(" (MIT), inlined: this page needs no network.</footer>\n");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(page.title())).append("</title>\n")
                .append("<style>\n").append(PageStyle.CSS).append("</style>\n</head>\n")
                .append("<body data-charts=\"").append(charts.size()).append("\">\n")
                .append(body)
                .append("<script type=\"application/json\" id=\"mqlsync-charts\">")
                .append(Html.scriptSafeJson(json(charts))).append("</script>\n")
                .append("<script>\n").append(chartJs.script()).append("\n</script>\n")
                .append("<script>\n").append(PageStyle.DRAW_SCRIPT).append("</script>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static String contents(ReportPage page) {
        if (page.sections().size() < 2) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav><ul>");
        for (int i = 0; i < page.sections().size(); i++) {
            nav.append("<li><a href=\"#section-").append(i + 1).append("\">")
                    .append(Html.escape(page.sections().get(i).heading())).append("</a></li>");
        }
        return nav.append("</ul></nav>\n").toString();
    }

    private static void section(StringBuilder body, String id, Section section, List<ObjectNode> charts) {
        body.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(section.heading())).append("</h2>\n");
        if (section.blocks().isEmpty()) {
            note(body, Note.notEnoughData("Not enough data for this section yet."));
        }
        for (Block block : section.blocks()) {
            switch (block) {
                case Figures figures -> figures(body, figures);
                case Chart chart -> chart(body, chart, charts);
                case Table table -> table(body, table);
                case Note note -> note(body, note);
            }
        }
        body.append("</section>\n");
    }

    private static void figures(StringBuilder body, Figures figures) {
        body.append("<div class=\"figures\">\n");
        for (Figures.Figure figure : figures.figures()) {
            body.append("<div class=\"figure\"><div class=\"label\">").append(Html.escape(figure.label()))
                    .append("</div><div class=\"value\">").append(Html.escape(figure.value())).append("</div>");
            figure.detail().ifPresent(d -> body.append("<div class=\"detail\">").append(Html.escape(d)).append("</div>"));
            body.append("</div>\n");
        }
        body.append("</div>\n");
    }

    private static void chart(StringBuilder body, Chart chart, List<ObjectNode> charts) {
        if (!chart.hasData()) {
            body.append("<h3>").append(Html.escape(chart.title())).append("</h3>\n");
            note(body, Note.notEnoughData("Not enough data to draw this chart yet."));
            return;
        }
        String canvas = "chart-" + (charts.size() + 1);
        charts.add(spec(canvas, chart));
        int height = chart.kind() == Chart.Kind.HORIZONTAL_BAR ? Math.max(220, 60 + 34 * chart.labels().size()) : 320;
        body.append("<figure class=\"chart\" style=\"height:").append(height).append("px\">")
                .append("<canvas class=\"mqlsync-chart\" id=\"").append(canvas).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(chart.title())).append("\"></canvas></figure>\n");
    }

    private static ObjectNode spec(String canvas, Chart chart) {
        ObjectNode spec = JSON.createObjectNode();
        spec.put("canvas", canvas).put("title", chart.title()).put("kind", chart.kind().name())
                .put("axisTitle", chart.unit().axisTitle()).put("suffix", chart.unit().suffix());
        ArrayNode labels = spec.putArray("labels");
        chart.labels().forEach(labels::add);
        ArrayNode datasets = spec.putArray("datasets");
        for (Chart.Dataset dataset : chart.datasets()) {
            ObjectNode node = datasets.addObject().put("label", dataset.label());
            ArrayNode values = node.putArray("data");
            for (OptionalDouble value : dataset.values()) {
                if (value.isPresent()) {
                    values.add(value.getAsDouble());
                } else {
                    values.addNull();
                }
            }
        }
        return spec;
    }

    private static void table(StringBuilder body, Table table) {
        body.append("<h3>").append(Html.escape(table.caption())).append("</h3>\n");
        if (table.rows().isEmpty()) {
            note(body, Note.notEnoughData("No rows yet."));
            return;
        }
        body.append("<div class=\"table\"><table>\n<thead><tr>");
        table.columns().forEach(c -> body.append("<th>").append(Html.escape(c)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean numeric = i > 0 && NUMERIC.matcher(cell.strip()).matches();
                body.append(numeric ? "<td class=\"num\">" : "<td>").append(Html.escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
    }

    private static void note(StringBuilder body, Note note) {
        String kind = switch (note.kind()) {
            case INFO -> "info";
            case WARNING -> "warning";
            case NOT_ENOUGH_DATA -> "not-enough-data";
        };
        body.append("<p class=\"note ").append(kind).append("\">").append(Html.escape(note.text())).append("</p>\n");
    }

    private static String json(List<ObjectNode> charts) {
        try {
            return JSON.writeValueAsString(charts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data could not be written as JSON", e);
        }
    }
}
