package io.mqlsync.app.cli;

import io.mqlsync.core.spi.CrmProviders;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process as a user would, with a fixed outside world, and captures what it prints. */
final class TestCli {
    private TestCli() {
    }

    record Run(int exit, String out, String err) {
    }

    static CliContext context(Clock clock, String stdin) {
        return context(clock, stdin, Map.of(), Path.of(""));
    }

    static CliContext context(Clock clock, String stdin, Map<String, String> environment, Path workingDirectory) {
        return context(clock, stdin, environment, workingDirectory, CrmProviders.installed());
    }

    /** With these CRM adapters instead of the installed ones; output is never a terminal. */
    static CliContext context(Clock clock, String stdin, Map<String, String> environment, Path workingDirectory,
                              CrmProviders providers) {
        return new CliContext(clock, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), () -> { },
                environment, workingDirectory, providers, false);
    }

    static Run run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine(context);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
