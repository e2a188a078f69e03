package io.mqlsync.app.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code mqlsync} command line. The only place that reads the system clock: every
 * command gets it injected, so tests pass a fixed one.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(CliContext.system()).execute(args));
    }

    /**
     * The full command tree with its exit-code mapping, ready to {@code execute}, with the outside world
     * given by {@code context}. Set its out and err writers after this
     * call to capture output; they reach every subcommand.
     */
    static CommandLine commandLine(CliContext context) {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new MqlsyncCommand())
                .addSubcommand(new ScoreCommand(context.clock(), context.stdin()))
                .addSubcommand(new ValidateCommand(context))
                .addSubcommand(new SetupCommand(context))
                .addSubcommand(new SyncCommand(context))
                .addSubcommand(new BackfillCommand(context))
                .addSubcommand(new ExplainCommand(context))
                .addSubcommand(new SandboxCommand(context.clock(), context.stop()))
                .addSubcommand(new io.mqlsync.app.report.ReportCommand(context.clock(), context.providers(), context::configEnvironment))
                .addSubcommand(new DemoCommand(context, DemoReport.kpis()))
                .addSubcommand(new RunCommand(context))
                .addSubcommand(new io.mqlsync.app.simulate.SimulateCommand(context))
                .addSubcommand(new io.mqlsync.app.calibrate.CalibrateCommand(context))
                .setExitCodeExceptionMapper(exitCodes)
                .setExecutionExceptionHandler(exitCodes);
    }
}
