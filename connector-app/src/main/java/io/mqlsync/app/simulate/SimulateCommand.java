package io.mqlsync.app.simulate;

import io.mqlsync.app.cli.CliContext;
import io.mqlsync.app.cli.ConfigOptions;
import io.mqlsync.app.cli.ExitCodes;
import io.mqlsync.app.cli.InstanceSession;
import io.mqlsync.app.cli.MqlsyncVersion;
import io.mqlsync.app.cli.SinceConverter;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.simulation.BacktestSettings;
import io.mqlsync.core.simulation.OutcomeHistory;
import io.mqlsync.core.simulation.Simulation;
import io.mqlsync.core.simulation.SimulationReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync simulate}: scores the same records with the live and a candidate model and shows what would
 * change, then backtests both against the outcomes recorded in the state store. Reads the CRM through the
 * adapter's read side only (or an export with {@code --input}); writes nothing to the CRM.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Compares a candidate model with the live one on the same records: MQLs gained and lost (with the",
            "rules that made the difference), quadrant moves, the score distribution; then backtests both against the",
            "recorded outcomes (precision, recall, MQL -> SQL by source, rejection reasons) and sweeps scoreMin for a",
            "target precision. Reads the CRM read-only, or an export with --input. Nothing is written to the CRM."},
        footer = {"", "Exit codes: 0 done, 1 some export lines were malformed (skipped), 2 usage or config error, "
                + "3 authentication failure, 4 CRM API budget exhausted."})
public final class SimulateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SimulateCommand.class);

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "CANDIDATE.yaml",
            description = "The candidate model to compare with the instance's live model.")
    private Path candidateFile;

    @Option(names = {"-i", "--input"}, paramLabel = "LEADS.jsonl",
            description = "Read the records from this JSON Lines export (the format `score` reads) instead of the CRM.")
    private Optional<Path> input = Optional.empty();

    @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
            description = "Only records modified since then (CRM reads) and outcomes recorded since then, e.g. 2026-01-01.")
    private Optional<Instant> since = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = OutputFormat.Converter.class,
            description = "text (default) or json.")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write simulation.json and charts (simulation.html) into this folder.")
    private Optional<Path> out = Optional.empty();

    @Option(names = "--target-precision", paramLabel = "P", defaultValue = "0.3",
            description = "The share of flagged handoffs that should become SQL; the sweep suggests the smallest scoreMin "
                    + "that reaches it. Default: ${DEFAULT-VALUE}.")
    private double targetPrecision = BacktestSettings.DEFAULT_TARGET_PRECISION;

    public SimulateCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        if (!(targetPrecision > 0 && targetPrecision <= 1)) {
            throw new ParameterException(spec.commandLine(), "--target-precision must lie in (0, 1], e.g. 0.3");
        }
        ScoringModel candidate = new ModelLoader().load(candidateFile);
        try (InstanceSession session = InstanceSession.open(context, options.configFile(), options.dataDirectory())) {
            InstanceConfig config = session.config();
            Instant now = context.clock().instant();
            OutcomeHistory outcomes = RecordedOutcomes.read(config, context.clock(), since, now);
            Simulation simulation = new Simulation(config.model(), candidate, outcomes, now,
                    BacktestSettings.of(targetPrecision, config.lifecycle().expireAfter()));
            LeadStream records = input.<LeadStream>map(file -> new ExportLeadStream(file, spec.commandLine().getErr()))
                    .orElseGet(() -> new CrmLeadStream(session.crm(), since, now));
            long malformed = records.forEach(simulation::add);
            SimulationReport report = simulation.report();
            write(report);
            LOG.info("simulated {} against {} on {} records; {} cases in the backtest", report.candidateModel(),
                    report.liveModel(), report.comparison().records(), report.backtest().cases());
            return malformed == 0 ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
        }
    }

    private void write(SimulationReport report) {
        switch (format) {
            case TEXT -> new SimulationText(spec.commandLine().getOut()).write(report);
            case JSON -> {
                spec.commandLine().getOut().println(new SimulationJson().write(report));
                spec.commandLine().getOut().flush();
            }
        }
        if (out.isPresent()) {
            Path written = new SimulationFiles(out.get()).write(report);
            spec.commandLine().getErr().println("simulate: wrote " + written);
            spec.commandLine().getErr().flush();
        }
    }
}
