package io.mqlsync.app.cli;

import java.io.InputStream;
import java.time.Clock;
import picocli.CommandLine;

/**
 * Entry point of the {@code mqlsync} command line. The only place that reads the system clock: every
 * command gets it injected, so tests pass a fixed one.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(Clock.systemUTC(), System.in).execute(args));
    }

    /**
     * The full command tree with its exit-code mapping, ready to {@code execute}, reading time from
     * {@code clock} and {@code -} inputs from {@code stdin}. Set its out and err writers after this
     * call to capture output; they reach every subcommand.
     */
    public static CommandLine commandLine(Clock clock, InputStream stdin) {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new MqlsyncCommand())
                .addSubcommand(new ScoreCommand(clock, stdin))
                .setExitCodeExceptionMapper(exitCodes)
                .setExecutionExceptionHandler(exitCodes);
    }
}
