package io.mqlsync.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code mqlsync} root command: only dispatches to its subcommands. */
@Command(name = "mqlsync", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = "Scores CRM leads (fit + intent), decides MQL status and writes handoffs back to HubSpot and Salesforce.",
        footer = {"", "Exit codes: 0 success, 1 some records failed, 2 usage or config error, "
                + "3 authentication failure, 4 CRM API budget exhausted."})
final class MqlsyncCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
