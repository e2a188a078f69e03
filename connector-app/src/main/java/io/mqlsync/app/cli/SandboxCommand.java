package io.mqlsync.app.cli;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync sandbox}: runs a seeded fake CRM on loopback for trying things out, prints where it
 * listens and the credentials to use, and serves until stopped.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Runs a seeded fake CRM on loopback (127.0.0.1) until stopped with Ctrl-C.",
            "Prints its base URL and the credentials to put in an instance config."})
final class SandboxCommand implements Callable<Integer> {
    /** The fake CRMs this build can run. */
    enum Crm { hubspot }

    private final Clock clock;
    private final StopSignal stop;

    @Spec
    private CommandSpec spec;

    @Option(names = "--crm", required = true, paramLabel = "CRM", description = "Which CRM to fake: ${COMPLETION-CANDIDATES}.")
    private Crm crm;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "Port to listen on; 0 (the default) picks a free one.")
    private int port;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "1000",
            description = "How many generated contacts the CRM holds (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the generated data: the same seed gives the same CRM (default: ${DEFAULT-VALUE}).")
    private long seed;

    SandboxCommand(Clock clock, StopSignal stop) {
        this.clock = clock;
        this.stop = stop;
    }

    @Override
    public Integer call() throws InterruptedException {
        HubSpotSandboxOptions options = HubSpotSandboxOptions.builder()
                .port(port).contacts(contacts).seed(seed)
                .anchor(clock.instant())          // engagement histories end now, so they look recent
                .clock(AdjustableClock.system())  // real time, which the admin API can fast-forward
                .build();
        try (HubSpotSandbox hubspot = HubSpotSandbox.start(options)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Fake HubSpot with " + contacts + " contacts (seed " + seed + ") is listening.");
            out.println("  baseUrl:     " + hubspot.baseUrl());
            out.println("  accessToken: " + hubspot.token() + "   (a sandbox token, not a secret)");
            out.println("  admin API:   " + hubspot.baseUrl() + "/__sandbox/state");
            out.println("Stop with Ctrl-C.");
            out.flush();
            stop.await();
        }
        return ExitCodes.OK;
    }
}
