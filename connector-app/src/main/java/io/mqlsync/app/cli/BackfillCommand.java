package io.mqlsync.app.cli;

import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.sync.BackfillOptions;
import io.mqlsync.core.sync.RunListener;
import io.mqlsync.core.sync.WriteMode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync backfill}: rescores every record (or those modified since a date), page by page with a
 * checkpoint after each, so {@code --resume} continues after a crash or a {@code --limit}. With
 * {@code --dry-run} every planned change is printed as one JSON line and nothing is written.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Rescores every record of an instance and writes what changed, with a progress bar on a terminal.",
            "Resumable: a checkpoint is saved after every page."},
        footer = {"", "Exit codes: 0 success, 1 some records failed (kept for retry) or the CRM kept failing, "
                + "2 usage or config error (nothing sent), 3 authentication failure, 4 CRM API budget exhausted "
                + "(continue with --resume)."})
final class BackfillCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = "--since", paramLabel = "DATE", converter = SinceConverter.class,
            description = "Only records modified since this date (2026-01-31, UTC) or instant (2026-01-31T10:00:00Z).")
    private Optional<Instant> since = Optional.empty();

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N records; --resume continues from there.")
    private Optional<Long> limit = Optional.empty();

    @Option(names = "--dry-run", description = "Plan every change and print each as a JSON line; write nothing to the CRM "
            + "or the state store.")
    private boolean dryRun;

    @Option(names = "--resume", description = "Continue the last backfill from its checkpoint instead of starting over.")
    private boolean resume;

    BackfillCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (limit.isPresent() && limit.get() < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        OptionalLong max = limit.map(OptionalLong::of).orElse(OptionalLong.empty());
        BackfillOptions backfill = new BackfillOptions(since, max, dryRun ? WriteMode.DRY_RUN : WriteMode.LIVE, resume);
        PrintWriter out = spec.commandLine().getOut();
        PlannedChangeJson planned = new PlannedChangeJson(out);
        try (InstanceSession session = InstanceSession.open(context, options.config, options.dataDir);
             BackfillProgress progress = context.terminal() ? BackfillProgress.bar(context.clock(), max)
                     : BackfillProgress.logLines(context.clock())) {
            RunRecord run = session.engine().backfill(backfill, progress.listener(new RunListener() {
                @Override
                public void planned(LeadChange change) {
                    planned.write(change);
                }
            }));
            progress.close();
            // a dry run's stdout is its plan, one JSON line per change; the summary goes with the logs
            PrintWriter summary = dryRun ? spec.commandLine().getErr() : out;
            out.flush();
            summary.println(RunReport.line(session.config().instance(), run));
            summary.flush();
            return RunReport.exitCode(run.outcome());
        }
    }
}
