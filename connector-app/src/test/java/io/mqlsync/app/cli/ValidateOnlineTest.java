package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.RateLimits;
import io.mqlsync.sandbox.salesforce.CustomField;
import io.mqlsync.sandbox.salesforce.CustomObject;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --online} against both sandboxes: what only the CRM can tell (credentials, its
 * schema, the owners a config names), each problem on one line with the file and the config path.
 */
class ValidateOnlineTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Path MODEL = Path.of("..", "config", "models", "smb.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void hubSpotBeforeSetupListsEveryMissingPropertyAndEveryOwnerThatCannotTakeLeads() throws IOException {
        try (HubSpotSandbox sandbox = hubSpot()) {
            List<SyntheticOwner> people = sandbox.data().owners().stream().filter(o -> o.kind() == OwnerKind.PERSON).toList();
            String active = people.stream().filter(SyntheticOwner::active).findFirst().orElseThrow().email();
            String inactive = people.stream().filter(o -> !o.active()).findFirst().orElseThrow().email();
            Path config = hubSpotConfig(sandbox, List.of(active, "nobody@example.org", inactive));

            TestCli.Run run = TestCli.run(context(sandbox.token()), "validate", "--online", "-c", config.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE_OR_CONFIG);
            assertThat(run.err()).contains(config + ": hubspot: mql_score is missing",
                    config + ": routing.defaultPool[1]: no owner in the CRM has this email",
                    config + ": routing.defaultPool[2]: the owner is inactive in the CRM");
            assertThat(run.err().lines()).allMatch(line -> line.startsWith(config + ": "));
            assertThat(run.err()).doesNotContain(active, inactive, "nobody@example.org", sandbox.token());
            assertThat(sandbox.contact(1).orElseThrow()).as("nothing was created").doesNotContainKey("mql_score");
        }
    }

    @Test
    void hubSpotAfterSetupWithActiveOwnersIsValidOnline() throws IOException {
        try (HubSpotSandbox sandbox = hubSpot()) {
            String active = sandbox.data().owners().stream().filter(o -> o.kind() == OwnerKind.PERSON && o.active())
                    .findFirst().orElseThrow().email();
            Path config = hubSpotConfig(sandbox, List.of(active));
            assertThat(TestCli.run(context(sandbox.token()), "setup", "-c", config.toString()).exit()).isZero();

            TestCli.Run run = TestCli.run(context(sandbox.token()), "validate", "--online", "-c", config.toString());

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains(config + ": online: the CRM accepts the credentials", "all 1 owners named are active");
        }
    }

    @Test
    void hubSpotRefusingTheTokenExitsThree() throws IOException {
        try (HubSpotSandbox sandbox = hubSpot()) {
            Path config = hubSpotConfig(sandbox, List.of());

            TestCli.Run run = TestCli.run(context("pat-na1-00000000-0000-0000-0000-000000000000"), "validate", "--online",
                    "-c", config.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.AUTHENTICATION);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).doesNotContain("pat-na1-00000000");
        }
    }

    @Test
    void salesforceWithoutACustomFieldAndWithAnInactiveUserInAPoolListsBoth() throws IOException {
        try (SalesforceSandbox sandbox = SalesforceSandbox.start(SalesforceSandboxOptions.builder()
                .clock(AdjustableClock.fixedAt(NOW)).withoutCustomField("MQL_Model__c").build())) {
            sandbox.admin().addUser("rep@acme.example", "Rita", "Rep", true);
            sandbox.admin().addUser("left@acme.example", "Leo", "Left", false);
            Path config = salesforceConfig(sandbox, sandbox.credentials().username());

            TestCli.Run run = TestCli.run(context(""), "validate", "--online", "-c", config.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE_OR_CONFIG);
            assertThat(run.err()).contains(config + ": salesforce: Lead.MQL_Model__c is missing",
                    config + ": routing.defaultPool[1]: the owner is inactive in the CRM");
            assertThat(run.err().lines()).hasSize(2);
        }
    }

    @Test
    void salesforceNamesTheMissingFieldOfAConfiguredEngagementObject() throws IOException {
        try (SalesforceSandbox sandbox = SalesforceSandbox.start(SalesforceSandboxOptions.builder()
                .clock(AdjustableClock.fixedAt(NOW))
                .customObject(CustomObject.of("Trial__c", CustomField.lookup("Lead__c", "Lead"))).build())) {
            sandbox.admin().addUser("rep@acme.example", "Rita", "Rep", true);
            sandbox.admin().addUser("left@acme.example", "Leo", "Left", true);
            Path config = salesforceConfig(sandbox, sandbox.credentials().username(), """
                      engagement:
                        - { object: Trial__c, leadField: Lead__c, timeField: Started_At__c, event: TRIAL_STARTED }
                    """);

            TestCli.Run run = TestCli.run(context(""), "validate", "--online", "-c", config.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE_OR_CONFIG);
            assertThat(run.err().lines()).containsExactly(config + ": salesforce: Trial__c.Started_At__c is missing: "
                    + "create a date or date-time field (timeField), or let the integration user read it (field-level security)");
        }
    }

    @Test
    void salesforceRefusingTheSignInExitsThree() throws IOException {
        try (SalesforceSandbox sandbox = SalesforceSandbox.start(SalesforceSandboxOptions.builder()
                .clock(AdjustableClock.fixedAt(NOW)).build())) {
            Path config = salesforceConfig(sandbox, "stranger@acme.example");

            TestCli.Run run = TestCli.run(context(""), "validate", "--online", "-c", config.toString());

            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.AUTHENTICATION);
            assertThat(run.err()).doesNotContain("PRIVATE KEY");
        }
    }

    private static HubSpotSandbox hubSpot() {
        return HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(20)
                .clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
                .rateLimits(new RateLimits(100_000, 10_000, 100_000_000L)).build());
    }

    private CliContext context(String token) {
        return TestCli.context(Clock.fixed(NOW, ZoneOffset.UTC), "", Map.of("HUBSPOT_TOKEN", token), dir,
                CrmProviders.installed());
    }

    private Path hubSpotConfig(HubSpotSandbox sandbox, List<String> pool) throws IOException {
        return Files.writeString(dir.resolve("online.yaml"), """
                instance: online
                crm: hubspot
                hubspot:
                  baseUrl: %s
                  accessToken: ${HUBSPOT_TOKEN}
                model: %s
                %s
                """.formatted(sandbox.baseUrl(), MODEL, pool.isEmpty() ? "" : "routing: { defaultPool: [" + String.join(", ", pool) + "] }"));
    }

    private Path salesforceConfig(SalesforceSandbox sandbox, String username) throws IOException {
        return salesforceConfig(sandbox, username, "");
    }

    /** @param salesforceLines more lines of the {@code salesforce:} block, indented as it is */
    private Path salesforceConfig(SalesforceSandbox sandbox, String username, String salesforceLines) throws IOException {
        Files.writeString(dir.resolve("sf.key"), sandbox.credentials().jwtSigningKeyPem().orElseThrow());
        return Files.writeString(dir.resolve("online-sf.yaml"), """
                instance: online-sf
                crm: salesforce
                salesforce:
                  loginUrl: %s
                  oauth:
                    flow: jwt
                    clientId: %s
                    username: %s
                    privateKey: ${file:sf.key}
                %smodel: %s
                routing: { defaultPool: [rep@acme.example, left@acme.example] }
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(sandbox.loginUrl(), sandbox.credentials().clientId(), username, salesforceLines, MODEL));
    }
}
