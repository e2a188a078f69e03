package io.mqlsync.app.calibrate;

import io.mqlsync.app.cli.CliContext;
import io.mqlsync.app.cli.ConfigOptions;
import io.mqlsync.app.cli.ExitCodes;
import io.mqlsync.app.cli.InstanceSession;
import io.mqlsync.app.cli.MqlsyncVersion;
import io.mqlsync.app.cli.SinceConverter;
import io.mqlsync.app.simulate.CrmLeadStream;
import io.mqlsync.app.simulate.ExportLeadStream;
import io.mqlsync.app.simulate.LeadStream;
import io.mqlsync.app.simulate.RecordedOutcomes;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.simulation.BacktestSettings;
import io.mqlsync.core.simulation.LabelledCase;
import io.mqlsync.core.simulation.LabelledCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync calibrate}: learns rule points from the recorded outcomes (a regularised logistic regression
 * over the rules that fired when each lead was handed off) and writes them as a candidate model to try with
 * {@code simulate}. Never changes the live model or the CRM.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Suggests rule points from recorded outcomes: a regularised logistic regression of 'became SQL or",
            "won' against 'turned down, expired or unanswered' over the rules that fired at each handoff. Prints the",
            "evidence per rule and writes a candidate model to try with `simulate`; nothing is applied."},
        footer = {"", "Exit codes: 0 candidate written, 1 nothing to learn from (no or one-sided outcomes) or malformed "
                + "export lines, 2 usage or config error, 3 authentication failure, 4 CRM API budget exhausted."})
public final class CalibrateCommand implements Callable<Integer> {
    /** Held so the level set on it is not lost with a collected logger. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");
    private static final double L2 = 1e-3;
    private static final int EPOCHS = 30;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "CANDIDATE.yaml",
            description = "Where to write the candidate model (replaced if it exists).")
    private Path out;

    @Option(names = {"-i", "--input"}, paramLabel = "LEADS.jsonl",
            description = "Read the records from this JSON Lines export instead of the CRM.")
    private Optional<Path> input = Optional.empty();

    @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
            description = "Only outcomes recorded since then (and, from the CRM, records modified since then).")
    private Optional<Instant> since = Optional.empty();

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the regression's shuffling; the same seed gives the same suggestion. Default: ${DEFAULT-VALUE}.")
    private long seed = 1;

    public CalibrateCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        // Tribuo reports each training run on java.util.logging at INFO; the command prints its own summary
        TRIBUO_LOG.setLevel(Level.WARNING);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (InstanceSession session = InstanceSession.open(context, options.configFile(), options.dataDirectory())) {
            InstanceConfig config = session.config();
            Instant now = context.clock().instant();
            LabelledCases collected = new LabelledCases(config.model(),
                    RecordedOutcomes.read(config, context.clock(), since, now),
                    now, BacktestSettings.of(BacktestSettings.DEFAULT_TARGET_PRECISION, config.lifecycle().expireAfter()));
            LeadStream records = input.<LeadStream>map(file -> new ExportLeadStream(file, err))
                    .orElseGet(() -> new CrmLeadStream(session.crm(), since, now));
            long malformed = records.forEach(collected::add);
            List<LabelledCase> cases = collected.cases();
            Calibration calibration;
            try {
                calibration = new PointCalibrator(new RuleRegression(L2, EPOCHS, seed)).calibrate(config.model(), cases);
            } catch (IllegalArgumentException e) {
                err.println("calibrate: not enough outcomes to learn from: " + e.getMessage() + "; nothing written");
                err.flush();
                return ExitCodes.SOME_RECORDS_FAILED;
            }
            new CandidateModelFile().write(config.modelFile(), calibration, now, out);
            // the candidate must be a model simulate can load: a file that is not is a bug, not a user error
            new ModelLoader().load(out);
            CalibrationText.lines(calibration).forEach(stdout::println);
            stdout.println("candidate written to " + out + " (not applied); try it with: mqlsync simulate -c "
                    + options.configFile() + " --model " + out);
            stdout.flush();
            err.flush();
            return malformed == 0 ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
        }
    }
}
