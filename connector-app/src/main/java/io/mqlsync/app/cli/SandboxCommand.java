package io.mqlsync.app.cli;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxCredentials;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SyntheticOrg;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    enum Crm { hubspot, salesforce }

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
            description = "How many generated contacts (Salesforce: leads) the CRM holds (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the generated data: the same seed gives the same CRM (default: ${DEFAULT-VALUE}).")
    private long seed;

    SandboxCommand(Clock clock, StopSignal stop) {
        this.clock = clock;
        this.stop = stop;
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        return crm == Crm.salesforce ? runSalesforce() : runHubSpot();
    }

    private int runHubSpot() throws InterruptedException {
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

    private int runSalesforce() throws InterruptedException, IOException {
        SalesforceSandboxOptions options = SalesforceSandboxOptions.builder().port(port).seed(seed)
                .clock(AdjustableClock.system()).build();
        try (SalesforceSandbox salesforce = SalesforceSandbox.start(options)) {
            // Histories end now, so the engagement looks recent; 12 sales people and a queue, as for HubSpot.
            SyntheticOrg.Seeded seeded = SyntheticOrg.seed(salesforce,
                    new SyntheticCrm(new SyntheticCrm.Spec(seed, contacts, 12, clock.instant())));
            SalesforceSandboxCredentials credentials = salesforce.credentials();
            Path key = writeOwnerOnly(credentials.jwtSigningKeyPem().orElseThrow());
            try {
                PrintWriter out = spec.commandLine().getOut();
                out.println("Fake Salesforce with " + seeded.leads() + " leads, " + seeded.users() + " users, "
                        + seeded.campaigns() + " campaigns (seed " + seed + ") is listening.");
                out.println("  loginUrl:    " + salesforce.loginUrl());
                out.println("  clientId:    " + credentials.clientId() + "   (a sandbox app, not a secret)");
                out.println("  username:    " + credentials.username());
                out.println("  privateKey:  " + key + "   (PKCS#8 PEM, readable only by you; deleted on stop)");
                out.println("Instance config:  salesforce: { loginUrl: ..., oauth: { flow: jwt, clientId: ...,");
                out.println("                  username: ..., privateKey: ${file:" + key + "} } }   (as blocks)");
                out.println("Stop with Ctrl-C.");
                out.flush();
                stop.await();
            } finally {
                Files.deleteIfExists(key);
            }
        }
        return ExitCodes.OK;
    }

    /** The sandbox's JWT signing key, in a temporary file only its owner can read. The key is never printed. */
    private static Path writeOwnerOnly(String pem) throws IOException {
        Path key;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            key = Files.createTempFile("mqlsync-sandbox-", ".key",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            key = Files.createTempFile("mqlsync-sandbox-", ".key");
            java.io.File file = key.toFile();
            boolean restricted = file.setReadable(false, false) && file.setReadable(true, true)
                    && file.setWritable(false, false) && file.setWritable(true, true);
            if (!restricted) {
                Files.delete(key);
                throw new IOException("cannot restrict the permissions of " + key);
            }
        }
        key.toFile().deleteOnExit();
        Files.writeString(key, pem, StandardCharsets.US_ASCII);
        return key;
    }
}
