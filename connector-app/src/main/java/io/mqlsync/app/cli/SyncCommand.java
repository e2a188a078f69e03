package io.mqlsync.app.cli;

import io.mqlsync.core.state.RunRecord;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync sync}: one incremental run now: tasks a crashed run left pending, failed records due for
 * retry, records changed since the cursor, and records due for a decay rescore.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Runs one incremental sync of an instance now: records changed since the last run, records whose",
            "score decay is due, and failed records due for retry. Prints the run summary."},
        footer = {"", "Exit codes: 0 success, 1 some records failed (kept for retry) or the CRM kept failing, "
                + "2 config error (nothing sent), 3 authentication failure, 4 CRM API budget exhausted (resumes next time)."})
final class SyncCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (InstanceSession session = InstanceSession.open(context, options.config, options.dataDir)) {
            RunRecord run = session.engine().sync();
            PrintWriter out = spec.commandLine().getOut();
            out.println(RunReport.line(session.config().instance(), run));
            out.flush();
            return RunReport.exitCode(run.outcome());
        }
    }
}
