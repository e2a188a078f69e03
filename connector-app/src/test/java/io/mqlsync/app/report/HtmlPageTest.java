package io.mqlsync.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
    private final HtmlPage renderer = HtmlPage.withBundledChartJs();

    @Test
    void everyModelTextIsEscapedAndChartDataCannotCloseItsScript() {
        String hostile = "<img src=x onerror=alert(1)> & \"q\" </script>";
        ReportPage page = new ReportPage(hostile, List.of(hostile), List.of(Section.of(hostile,
                Figures.of(Figures.Figure.of(hostile, hostile, hostile)),
                new Chart(hostile, Chart.Kind.BAR, Chart.Unit.COUNT, List.of(hostile), List.of(Chart.Dataset.of(hostile, List.of(3)))),
                new Table(hostile, List.of(hostile), List.of(List.of(hostile))),
                Note.info(hostile))));

        String html = renderer.render(page);

        assertThat(html).doesNotContain("<img").doesNotContain("</script> &")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &lt;/script&gt;")
                .contains("\\u003cimg src=x onerror=alert(1)\\u003e \\u0026 \\\"q\\\" \\u003c/script\\u003e");
    }

    @Test
    void aChartWithNothingButZerosAndGapsIsANoteNotAnEmptyCanvas() {
        Chart empty = new Chart("Trend", Chart.Kind.LINE, Chart.Unit.PERCENT, List.of("2026-W01", "2026-W02"),
                List.of(new Chart.Dataset("MQL rate", List.of(OptionalDouble.empty(), OptionalDouble.of(0)))));
        Chart drawn = new Chart("Rate", Chart.Kind.LINE, Chart.Unit.PERCENT, List.of("2026-W01", "2026-W02"),
                List.of(new Chart.Dataset("MQL rate", List.of(OptionalDouble.empty(), OptionalDouble.of(12.5)))));

        String html = renderer.render(new ReportPage("r", List.of(), List.of(Section.of("a", empty, drawn), Section.of("b"))));

        assertThat(html).contains("<body data-charts=\"1\">")
                .containsOnlyOnce("class=\"mqlsync-chart\"")
                .contains("<p class=\"note not-enough-data\">Not enough data to draw this chart yet.</p>")
                .contains("<p class=\"note not-enough-data\">Not enough data for this section yet.</p>")
                .contains("\"data\":[null,12.5]");
        // Chart.js itself spells NaN; the page's own text must not
        assertThat(html.substring(0, html.indexOf("<script"))).doesNotContain("NaN");
    }

    @Test
    void thePageInlinesChartJsAndReferencesNothingOutsideItself() {
        String html = renderer.render(new ReportPage("r", List.of(), List.of()));

        assertThat(html).contains("Chart.js v4").contains("Chart.js 4.5.1 (MIT)")
                .doesNotContain("sourceMappingURL")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void aDatasetMustHaveOneValuePerLabel() {
        assertThatThrownBy(() -> new Chart("c", Chart.Kind.BAR, Chart.Unit.COUNT, List.of("a", "b"),
                List.of(Chart.Dataset.of("d", List.of(1)))))
                .hasMessage("chart 'c': dataset 'd' has 1 values for 2 labels");
        assertThatThrownBy(() -> Chart.Dataset.of("d", List.of(Double.NaN)))
                .hasMessage("dataset 'd' has a value that is not finite");
    }
}
