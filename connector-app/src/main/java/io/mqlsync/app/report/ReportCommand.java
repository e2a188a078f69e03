package io.mqlsync.app.report;

import io.mqlsync.app.cli.ConfigOptions;
import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.report.ReportPeriod;
import io.mqlsync.core.spi.CrmProviders;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync report}: the funnel KPIs of one instance from its state store, written as a self-contained
 * {@code report.html} with charts, plus {@code kpis.csv} and {@code kpis.json}. Reads only the local state:
 * no request reaches the CRM. Prints the page's path.
 */
@Command(name = "report",
        description = "Writes the funnel KPI report of an instance from its local state: report.html (charts, opens "
                + "offline), kpis.csv and kpis.json. Leads scored, MQL rate, MQL to SAL/SQL/won and revenue by source, "
                + "medium and campaign; rejections by reason; recycling; response time against the SLA; time to MQL; "
                + "quadrant mix; trends. Sends nothing to the CRM. Prints the path of report.html.",
        footer = {"", "Periods are cut in UTC. Exit codes: 0 written, 1 failure, 2 usage or config error."})
public final class ReportCommand implements Callable<Integer> {
    private final Clock clock;
    private final CrmProviders providers;
    private final Function<Optional<Path>, ConfigEnvironment> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Mixin
    private ConfigOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write report.html, kpis.csv and kpis.json to (created if missing; the files are replaced).")
    private Path out;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only what happened from this day on (2026-01-31, from midnight UTC). Default: all history.")
    private Optional<LocalDate> since = Optional.empty();

    @Option(names = "--by", paramLabel = "week|month", converter = PeriodConverter.class, defaultValue = "week",
            description = "Trend periods: ISO weeks or calendar months, in UTC. Default: week.")
    private ReportPeriod by;

    /**
     * @param clock       the report's now: the end of its range
     * @param providers   the installed CRM adapters, which the config loader checks the config's {@code crm:} against
     * @param environment where configs read {@code ${ENV}} values and {@code ${dataDir}}, given the {@code --data-dir} option
     */
    public ReportCommand(Clock clock, CrmProviders providers, Function<Optional<Path>, ConfigEnvironment> environment) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.providers = Objects.requireNonNull(providers, "providers");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        InstanceConfig instance = new InstanceConfigLoader(providers, environment.apply(options.dataDirectory()))
                .load(options.configFile());
        Instant until = clock.instant();
        Instant from = since.map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.EPOCH);
        if (!from.isBefore(until)) {
            throw new ParameterException(spec.commandLine(), "--since " + since.orElseThrow()
                    + " is not in the past");
        }
        Path page = KpiReportFiles.write(instance, clock, from, by, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(page);
        stdout.flush();
        return 0;
    }
}
