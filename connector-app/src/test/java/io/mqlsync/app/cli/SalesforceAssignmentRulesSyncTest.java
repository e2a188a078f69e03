package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.salesforce.LeadAssignmentRule;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.SoapWrite;
import io.mqlsync.sandbox.salesforce.SyntheticOrg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code salesforce.assignmentRules: default} end to end: the org's active Lead assignment rule (United States to
 * one rep, Germany to a queue, everyone else to another rep) owns every MQL, each MQL gets one task, a crash
 * between the assignment and the task creation leaves one task after the restart, and a re-run writes nothing.
 */
class SalesforceAssignmentRulesSyncTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String QUEUE = "Inbound Queue";

    @TempDir
    Path dir;

    @Test
    void theOrgsRuleOwnsEveryMqlWithOneTaskEachAcrossACrashAndTheNextRunWritesNothing() throws IOException {
        SyntheticCrm data = new SyntheticCrm(new SyntheticCrm.Spec(42, 300, 12, NOW));
        List<String> reps = data.owners().stream().filter(o -> o.kind() == OwnerKind.PERSON && o.active())
                .map(SyntheticOwner::email).limit(2).toList();
        try (SalesforceSandbox sandbox = SalesforceSandbox.start(SalesforceSandboxOptions.builder()
                .clock(AdjustableClock.fixedAt(NOW))
                .leadAssignmentRule(LeadAssignmentRule.active("01Q5g000000AAAAEAA", List.of(
                        LeadAssignmentRule.Entry.when("Country", List.of("United States"), reps.get(0)),
                        LeadAssignmentRule.Entry.when("Country", List.of("Germany"), QUEUE),
                        LeadAssignmentRule.Entry.always(reps.get(1)))))
                .build())) {
            SyntheticOrg.Seeded seeded = SyntheticOrg.seed(sandbox, data);
            String queue = sandbox.admin().addQueue(QUEUE, "inbound@acme.test");
            Path config = config(sandbox);
            CliContext context = TestCli.context(Clock.fixed(NOW, ZoneOffset.UTC), "", Map.of(), dir, CrmProviders.installed());
            // the first task create fails for good: the run stops after the rule assigned the page's MQLs
            sandbox.admin().addCallRule(SoapCallRule.fault("INVALID_OPERATION", "simulated crash").withOperation(SoapOperation.CREATE));

            TestCli.Run crashed = TestCli.run(context, "backfill", "-c", config.toString());

            assertThat(crashed.exit()).as(crashed.out() + crashed.err()).isNotZero();
            assertThat(sandbox.admin().records("Task")).hasSize(seeded.tasks());
            assertThat(sandbox.journal().writes()).as("the rule had run on the page before the crash")
                    .anyMatch(w -> w.assignmentRule().isPresent() && w.success());
            TestCli.Run backfill = TestCli.run(context, "backfill", "-c", config.toString());

            assertThat(backfill.exit()).as(backfill.out() + backfill.err()).isZero();
            // handed off: a lead sales was already working when the crash's recovery qualified it is accepted (SAL)
            // when the backfill reaches it in the same run
            List<Map<String, Object>> mqls = sandbox.admin().records("Lead").stream()
                    .filter(l -> List.of("MQL", "SAL").contains(String.valueOf(l.get("MQL_Status__c")))).toList();
            assertThat(mqls).hasSizeGreaterThanOrEqualTo(4);
            Map<String, String> users = sandbox.admin().records("User").stream()
                    .collect(Collectors.toMap(u -> (String) u.get("Username"), u -> (String) u.get("Id"), (a, b) -> a));
            Map<Object, List<Map<String, Object>>> tasksByLead = sandbox.admin().records("Task").stream()
                    .filter(t -> t.get("Description") != null && t.get("Description").toString().contains("mqlsync-task-key: "))
                    .collect(Collectors.groupingBy(t -> t.get("WhoId")));
            assertThat(tasksByLead.keySet()).as("one task per handoff, none elsewhere")
                    .containsExactlyInAnyOrderElementsOf(mqls.stream().map(l -> l.get("Id")).toList());
            for (Map<String, Object> lead : mqls) {
                String expected = switch (Optional.ofNullable(lead.get("Country")).map(Object::toString).orElse("")) {
                    case "United States" -> users.get(reps.get(0));
                    case "Germany" -> queue;
                    default -> users.get(reps.get(1));
                };
                assertThat(lead.get("OwnerId")).as("owner of an MQL in " + lead.get("Country")).isEqualTo(expected);
                assertThat(tasksByLead.get(lead.get("Id"))).singleElement().satisfies(t -> assertThat(t.get("OwnerId"))
                        .isEqualTo(expected.equals(queue) ? sandbox.admin().integrationUserId() : expected));
            }
            assertThat(sandbox.journal().writes().stream().filter(w -> w.origin() == SoapWrite.Origin.API
                    && w.assignmentRule().isPresent())).as("only qualifying updates carry the header")
                    .allMatch(w -> w.operation() == SoapOperation.UPDATE && !w.values().containsKey("MQL_Status__c"));
            // leads sales was already working when they qualified are accepted (SAL) by the next run, as without rules
            TestCli.Run sync = TestCli.run(context, "sync", "-c", config.toString());
            assertThat(sync.exit()).as(sync.err()).isZero();
            assertThat(sync.out()).contains("0 MQLs").contains(" 0 tasks");
            long writes = sandbox.journal().writeCount();

            TestCli.Run again = TestCli.run(context, "sync", "-c", config.toString());

            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(sandbox.journal().writeCount()).as("a re-run writes nothing").isEqualTo(writes);
            assertThat(sandbox.journal().schemaViolations()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "on contacts | object: Contact | | salesforce.assignmentRules: Salesforce has assignment rules for leads only: remove it or set object: Lead",
        "beside routing | object: Lead | 'routing: { defaultPool: [rep@acme.test] }' | routing: must not be given while salesforce.assignmentRules hands owner assignment to the CRM's assignment rules (keep one of the two)"})
    void aConfigThatCannotDelegateRoutingIsRefusedInOneLine(String name, String object, String routing, String line)
            throws IOException {
        Path model = Path.of("..", "config", "models", "campaigns.yaml").toAbsolutePath().normalize();
        Path config = Files.writeString(dir.resolve("bad.yaml"), """
                instance: bad
                crm: salesforce
                salesforce:
                  loginUrl: https://login.salesforce.com
                  oauth:
                    flow: client_credentials
                    clientId: 3MVG9
                    clientSecret: ${SF_SECRET}
                  %s
                  assignmentRules: default
                model: %s
                %s
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(object, model, routing == null ? "" : routing));
        CliContext context = TestCli.context(Clock.fixed(NOW, ZoneOffset.UTC), "", Map.of("SF_SECRET", "s3cret"), dir,
                CrmProviders.installed());

        TestCli.Run validate = TestCli.run(context, "validate", "-c", config.toString());

        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err().lines().filter(l -> l.startsWith(config.toString()))).containsExactly(config + ": " + line);
    }

    private Path config(SalesforceSandbox sandbox) throws IOException {
        Files.writeString(dir.resolve("sf.key"), sandbox.credentials().jwtSigningKeyPem().orElseThrow());
        Path model = Path.of("..", "config", "models", "campaigns.yaml").toAbsolutePath().normalize();
        return Files.writeString(dir.resolve("rules-sf.yaml"), """
                instance: rules-sf
                crm: salesforce
                salesforce:
                  loginUrl: %s
                  oauth:
                    flow: jwt
                    clientId: %s
                    username: %s
                    privateKey: ${file:sf.key}
                  assignmentRules: default
                model: %s
                tasks: { sla: PT4H }
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(sandbox.loginUrl(), sandbox.credentials().clientId(), sandbox.credentials().username(), model));
    }
}
