package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.salesforce.LeadStatusValue;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mqlsync setup} on a Salesforce org, whose partner API cannot create the custom fields it lacks. */
class SalesforceSetupCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anOrgLackingAFieldGetsItNamedAndADeployablePackageInTheDataDir() throws Exception {
        try (SalesforceSandbox org = SalesforceSandbox.start(SalesforceSandboxOptions.builder()
                .clock(AdjustableClock.fixedAt(NOW)).withoutCustomField("MQL_Model__c").build())) {
            Path config = config(org);

            TestCli.Run run = TestCli.run(TestCli.context(CLOCK, "", Map.of(), dir), "setup", "-c", config.toString(),
                    "--data-dir", dir.resolve("state").toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.SOME_RECORDS_FAILED);
            Path pkg = dir.resolve("state/acme-sf-schema-package");
            assertThat(run.out()).contains("missing  Lead.MQL_Model__c: create it as Text(255)",
                    "setup: wrote a package that creates them (3 files) to " + pkg,
                    "deploy it: sf project deploy start --metadata-dir " + pkg);
            assertThat(Files.readString(pkg.resolve("objects/Lead.object"))).contains("<fullName>MQL_Model__c</fullName>");
        }
    }

    @Test
    void aCompleteOrgIsReadyAndGetsNoPackage() throws Exception {
        try (SalesforceSandbox org = SalesforceSandbox.start(SalesforceSandboxOptions.builder().clock(AdjustableClock.fixedAt(NOW))
                .leadStatuses(withNurturing()).build())) {
            Path config = config(org);
            Path out = dir.resolve("pkg");

            TestCli.Run run = TestCli.run(TestCli.context(CLOCK, "", Map.of(), dir), "setup", "-c", config.toString(),
                    "--data-dir", dir.resolve("state").toString(), "--package-out", out.toString());

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("setup: acme-sf is ready.").doesNotContain("package");
            assertThat(out).doesNotExist();
        }
    }

    private static List<LeadStatusValue> withNurturing() {
        List<LeadStatusValue> statuses = new ArrayList<>(SalesforceSandboxOptions.DEFAULT_LEAD_STATUSES);
        statuses.add(new LeadStatusValue("Nurturing", false));
        return statuses;
    }

    private Path config(SalesforceSandbox org) throws Exception {
        Path key = Files.writeString(dir.resolve("sf.key"), org.credentials().jwtSigningKeyPem().orElseThrow());
        return Files.writeString(dir.resolve("acme-sf.yaml"), """
                instance: acme-sf
                crm: salesforce
                salesforce:
                  loginUrl: %s
                  oauth:
                    flow: jwt
                    clientId: %s
                    username: %s
                    privateKey: ${file:sf.key}
                model: %s
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Nurturing }
                """.formatted(org.loginUrl(), org.credentials().clientId(), org.credentials().username(),
                Path.of("../config/models/enterprise.yaml").toAbsolutePath().normalize()));
    }
}
