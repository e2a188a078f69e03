package io.mqlsync.app.demo;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SyntheticOrg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The demo on the fake Salesforce org: {@code config/instances/demo-salesforce.yaml} against it, signed
 * in with the JWT bearer flow; the key the fake generated is written beside the config, readable only
 * by its owner.
 */
final class SalesforceDemoCrm implements DemoCrm {
    private static final String CONFIG = "demo-salesforce.yaml";
    /** The name {@code demo-salesforce.yaml} reads the key from, relative to itself. */
    private static final String KEY_FILE = "sandbox-jwt.key";
    /** The sales people of the generated team, as for HubSpot. */
    private static final int OWNERS = 12;

    /** The Status {@code demo-salesforce.yaml} counts as accepted. */
    private static final String ACCEPTED = "Working - Contacted";

    private final SalesforceSandbox sandbox;
    private final SyntheticCrm data;
    private final SyntheticOrg.Seeded seeded;

    private SalesforceDemoCrm(SalesforceSandbox sandbox, SyntheticCrm data, SyntheticOrg.Seeded seeded) {
        this.sandbox = sandbox;
        this.data = data;
        this.seeded = seeded;
    }

    static SalesforceDemoCrm start(DemoSpec spec, AdjustableClock clock) {
        SalesforceSandbox sandbox = SalesforceSandbox.start(SalesforceSandboxOptions.builder().port(0).seed(spec.seed())
                .clock(clock).build());
        try {
            // histories end now, so the engagement looks recent
            SyntheticCrm data = new SyntheticCrm(new SyntheticCrm.Spec(spec.seed(), spec.contacts(), OWNERS, clock.instant()));
            return new SalesforceDemoCrm(sandbox, data, SyntheticOrg.seed(sandbox, data));
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return "fake Salesforce org at " + sandbox.loginUrl() + " with " + seeded.leads() + " leads, " + seeded.users()
                + " users, " + seeded.campaigns() + " campaigns (seed " + data.spec().seed() + ")";
    }

    @Override
    public Path writeConfig(Path dir) throws IOException {
        Path config = DemoConfigs.write(dir, CONFIG, c -> {
            c.withObject("/salesforce").put("loginUrl", sandbox.loginUrl());
            c.withObject("/salesforce/oauth").put("clientId", sandbox.credentials().clientId())
                    .put("username", sandbox.credentials().username());
            DemoConfigs.routeInTurn(c, data);
        });
        writeOwnerOnly(config.resolveSibling(KEY_FILE), sandbox.credentials().jwtSigningKeyPem().orElseThrow());
        return config;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public boolean awaitsSales(String leadId) {
        return sandbox.admin().record(leadId).map(r -> !ACCEPTED.equals(r.get("Status"))).orElse(false);
    }

    @Override
    public void accept(String leadId) {
        sandbox.admin().patch(leadId, Map.of("Status", ACCEPTED));
    }

    @Override
    public void reject(String leadId, String reasonCode) {
        sandbox.admin().patch(leadId, Map.of("MQL_Rejection_Reason__c", reasonCode));
    }

    @Override
    public void close() {
        sandbox.close();
    }

    private static void writeOwnerOnly(Path key, String pem) throws IOException {
        Files.deleteIfExists(key);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(key);
        }
        Files.writeString(key, pem, StandardCharsets.US_ASCII);
    }
}
