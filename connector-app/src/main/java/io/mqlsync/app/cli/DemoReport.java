package io.mqlsync.app.cli;

import io.mqlsync.app.report.KpiReportFiles;
import io.mqlsync.core.report.ReportPeriod;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Where {@code mqlsync demo} gets its KPI report from at the end: the hook {@code mqlsync report} plugs
 * into. The demo prints the path it returns as its last line.
 */
@FunctionalInterface
interface DemoReport {

    /**
     * Writes the report of the demo's instance.
     *
     * @param context the demo's outside world (its clock and variables)
     * @param config  the demo's instance config
     * @param dataDir the demo's data folder; the report goes under it
     * @return the report's main file; empty when this build writes no report
     */
    Optional<Path> write(CliContext context, Path config, Path dataDir);

    /** No report: the demo ends with its summary. */
    static DemoReport none() {
        return (context, config, dataDir) -> Optional.empty();
    }

    /** The KPI report of {@code mqlsync report}, of the whole demo, by week, in {@code <data dir>/report}. */
    static DemoReport kpis() {
        return (context, config, dataDir) -> Optional.of(KpiReportFiles.write(
                InstanceSession.load(context, config, Optional.of(dataDir)), context.clock(), Instant.EPOCH,
                ReportPeriod.WEEK, dataDir.resolve("report")));
    }
}
