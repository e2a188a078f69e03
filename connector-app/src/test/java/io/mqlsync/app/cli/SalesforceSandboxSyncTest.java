package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setup}, {@code backfill} then {@code sync} end to end on Salesforce: the real adapter (found by
 * ServiceLoader) against the fake org over OAuth JWT and SOAP, a SQLite state file, the shipped
 * campaigns model, round-robin over two reps.
 */
class SalesforceSandboxSyncTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) read, (\\d+) scored, (\\d+) changed, (\\d+) MQLs, .* (\\d+) tasks, "
            + "(\\d+) dead letters");

    @TempDir
    Path dir;

    @Test
    void aBackfillQualifiesRoutesInTurnAndCreatesOneTaskPerMqlAndTheNextSyncWritesNothing() throws IOException {
        try (SalesforceSandbox sandbox = SalesforceSandbox.start(SalesforceSandboxOptions.builder()
                .clock(AdjustableClock.fixedAt(NOW)).build())) {
            SyntheticCrm data = new SyntheticCrm(new SyntheticCrm.Spec(42, 300, 12, NOW));
            SyntheticOrg.Seeded seeded = SyntheticOrg.seed(sandbox, data);
            List<String> pool = data.owners().stream().filter(o -> o.kind() == OwnerKind.PERSON && o.active())
                    .map(SyntheticOwner::email).limit(2).toList();
            Path config = config(sandbox, pool);
            CliContext context = TestCli.context(Clock.fixed(NOW, ZoneOffset.UTC), "", Map.of(), dir, CrmProviders.installed());

            TestCli.Run setup = TestCli.run(context, "setup", "-c", config.toString());

            assertThat(setup.exit()).as(setup.out() + setup.err()).isZero();
            assertThat(setup.out()).contains("present  Lead.MQL_Score__c", "is ready.").doesNotContain("missing");

            TestCli.Run backfill = TestCli.run(context, "backfill", "-c", config.toString());

            assertThat(backfill.exit()).as(backfill.err()).isZero();
            Matcher first = counts(backfill.out());
            assertThat(Long.parseLong(first.group(1))).isEqualTo(300);
            assertThat(Long.parseLong(first.group(6))).as("dead letters").isZero();
            long mqls = Long.parseLong(first.group(4));
            assertThat(mqls).isGreaterThanOrEqualTo(4);
            assertThat(Long.parseLong(first.group(5))).isEqualTo(mqls);
            List<SoapWrite> taskCreates = taskCreates(sandbox);
            assertThat(taskCreates).hasSize((int) mqls);
            assertThat(taskCreates).extracting(w -> w.values().get("WhoId")).as("one task per MQL").doesNotHaveDuplicates();
            Map<String, String> userIds = userIdsByEmail(sandbox);
            Map<String, Long> perOwner = taskCreates.stream().collect(Collectors.groupingBy(w -> w.values().get("OwnerId"),
                    Collectors.counting()));
            assertThat(perOwner.keySet()).isEqualTo(Set.of(userIds.get(pool.get(0)), userIds.get(pool.get(1))));
            assertThat(Math.abs(perOwner.values().stream().mapToLong(Long::longValue).reduce((a, b) -> a - b).orElseThrow()))
                    .as("round-robin is fair").isLessThanOrEqualTo(1);
            taskCreates.forEach(w -> assertThat(sandbox.admin().record(w.values().get("WhoId")).orElseThrow())
                    .containsEntry("MQL_Status__c", "MQL").containsEntry("OwnerId", w.values().get("OwnerId")));
            assertThat(sandbox.admin().records("Task")).hasSize(seeded.tasks() + (int) mqls);
            TestCli.Run sync = TestCli.run(context, "sync", "-c", config.toString());

            // leads sales was already working when they qualified: MQL on the backfill, accepted (SAL) now
            assertThat(sync.exit()).as(sync.err()).isZero();
            Matcher accepted = Pattern.compile("(\\d+) changed, 0 MQLs, (\\d+) accepted, 0 recycled, 0 disqualified, 0 tasks")
                    .matcher(sync.out());
            assertThat(accepted.find()).as(sync.out()).isTrue();
            assertThat(accepted.group(1)).isEqualTo(accepted.group(2));
            long writes = sandbox.journal().writeCount();

            TestCli.Run again = TestCli.run(context, "sync", "-c", config.toString());

            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(Long.parseLong(counts(again.out()).group(3))).as("a re-run changes nothing").isZero();
            assertThat(sandbox.journal().writeCount()).as("a re-run writes nothing").isEqualTo(writes);
            assertThat(sandbox.admin().records("Task")).hasSize(seeded.tasks() + (int) mqls);
            assertThat(sandbox.journal().schemaViolations()).isEmpty();
        }
    }

    private static List<SoapWrite> taskCreates(SalesforceSandbox sandbox) {
        return sandbox.journal().writes().stream()
                .filter(w -> w.origin() == SoapWrite.Origin.API && w.operation() == SoapOperation.CREATE
                        && w.sObjectType().equals("Task") && w.success())
                .toList();
    }

    private static Map<String, String> userIdsByEmail(SalesforceSandbox sandbox) {
        return sandbox.admin().records("User").stream().collect(Collectors.toMap(u -> (String) u.get("Email"),
                u -> (String) u.get("Id"), (a, b) -> a));
    }

    private Path config(SalesforceSandbox sandbox, List<String> pool) throws IOException {
        Files.writeString(dir.resolve("sf.key"), sandbox.credentials().jwtSigningKeyPem().orElseThrow());
        Path model = Path.of("..", "config", "models", "campaigns.yaml").toAbsolutePath().normalize();
        return Files.writeString(dir.resolve("e2e-sf.yaml"), """
                instance: e2e-sf
                crm: salesforce
                salesforce:
                  loginUrl: %s
                  oauth:
                    flow: jwt
                    clientId: %s
                    username: %s
                    privateKey: ${file:sf.key}
                model: %s
                routing: { assignWhen: always, defaultPool: [%s] }
                tasks: { sla: PT4H }
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(sandbox.loginUrl(), sandbox.credentials().clientId(), sandbox.credentials().username(), model,
                String.join(", ", pool)));
    }

    private static Matcher counts(String out) {
        Matcher matcher = COUNTS.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher;
    }
}
