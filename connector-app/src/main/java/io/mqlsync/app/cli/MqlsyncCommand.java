package io.mqlsync.app.cli;

import io.mqlsync.app.ops.LogFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code mqlsync} root command: only dispatches to its subcommands. */
@Command(name = "mqlsync", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = "Scores CRM leads (fit + intent), decides MQL status and writes handoffs back to HubSpot and Salesforce.",
        footer = {"", "Exit codes: 0 success, 1 some records failed, 2 usage or config error, "
                + "3 authentication failure, 4 CRM API budget exhausted."})
final class MqlsyncCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--log-format", paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "How log lines are written to stderr: text (default) or json (one object per line, with the "
                    + "instance and run ids).")
    void logFormat(String format) {
        try {
            LogFormat.valueOf(format.strip().toUpperCase(Locale.ROOT)).apply();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--log-format: \"" + format + "\" is not text or json");
        }
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
