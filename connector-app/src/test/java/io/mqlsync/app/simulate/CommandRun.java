package io.mqlsync.app.simulate;

import io.mqlsync.app.cli.CliContext;
import io.mqlsync.app.cli.ExitCodes;
import io.mqlsync.core.spi.CrmProviders;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs one command in-process as the CLI would (same exit-code mapping), with a fixed outside world, and
 * captures what it prints.
 *
 * @param exit its exit code
 * @param out  standard output
 * @param err  standard error
 */
public record CommandRun(int exit, String out, String err) {

    /** The outside world of a test: a fixed clock, no stdin, these environment variables, this folder. */
    public static CliContext context(Clock clock, Map<String, String> environment, Path workingDirectory) {
        return new CliContext(clock, new ByteArrayInputStream(new byte[0]), () -> { }, environment, workingDirectory,
                CrmProviders.installed(), false);
    }

    public static CommandRun of(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ExitCodes exitCodes = new ExitCodes();
        CommandLine line = new CommandLine(command).setExitCodeExceptionMapper(exitCodes)
                .setExecutionExceptionHandler(exitCodes);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
