package io.mqlsync.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiCsvTest {
    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "google                 | google",
        "spring, 2026           | `\"spring, 2026\"`",
        "say \"hi\"             | `\"say \"\"hi\"\"\"`",
        "=HYPERLINK(\"x\")      | `\"'=HYPERLINK(\"\"x\"\")\"`",
        "+1 campaign            | '+1 campaign",
        "@sales                 | '@sales",
        "-0.5                   | -0.5",
        "12500.00               | 12500.00"})
    void aCellIsQuotedWhenNeededAndNeverRunsAsAFormula(String text, String cell) {
        assertThat(KpiCsv.cell(text.strip())).isEqualTo(cell.strip());
    }
}
