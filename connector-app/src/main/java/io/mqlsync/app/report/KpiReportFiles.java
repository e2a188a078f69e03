package io.mqlsync.app.report;

import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.report.KpiCalculator;
import io.mqlsync.core.report.KpiQuery;
import io.mqlsync.core.report.KpiReport;
import io.mqlsync.core.report.ReportPeriod;
import io.mqlsync.core.report.ReportSource;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes an instance's KPI report from its state store into a folder: {@code report.html},
 * {@code kpis.csv} and {@code kpis.json}. Used by {@code mqlsync report} and at the end of {@code mqlsync demo}.
 */
public final class KpiReportFiles {
    private KpiReportFiles() {
    }

    /**
     * @param clock the report's now: the end of its range
     * @param from  the start of its range
     * @return the written {@code report.html}
     */
    public static Path write(InstanceConfig instance, Clock clock, Instant from, ReportPeriod by, Path out) {
        Instant until = clock.instant();
        KpiQuery query = new KpiQuery(from, until, by, ZoneOffset.UTC, instance.tasks(), instance.lifecycle().expireAfter());
        KpiReport report;
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(instance.state().url()), clock)) {
            report = new KpiCalculator().calculate(ReportSource.of(db.forInstance(instance.instance())), query);
        }
        try {
            Path dir = Files.createDirectories(out.toAbsolutePath().normalize());
            Files.writeString(dir.resolve("kpis.csv"), KpiCsv.of(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("kpis.json"), KpiJson.of(instance.instance(), report), StandardCharsets.UTF_8);
            return HtmlPage.withBundledChartJs().write(KpiPage.of(instance.instance(), report, until), dir.resolve("report.html"));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report to " + out, e);
        }
    }
}
