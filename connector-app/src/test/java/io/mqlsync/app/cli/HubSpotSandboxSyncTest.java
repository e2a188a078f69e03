package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.RateLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backfill} then {@code sync} end to end: the real HubSpot adapter (found by ServiceLoader) against
 * the sandbox over HTTP, a SQLite state file, the shipped SMB model.
 */
class HubSpotSandboxSyncTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) read, (\\d+) scored, (\\d+) changed, (\\d+) MQLs, .* (\\d+) tasks, "
            + "(\\d+) dead letters");

    @TempDir
    Path dir;

    @Test
    void aBackfillQualifiesAndCreatesOneTaskPerMqlAndTheNextSyncWritesNothing() throws IOException {
        try (HubSpotSandbox sandbox = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(250)
                .clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
                .rateLimits(new RateLimits(100_000, 10_000, 100_000_000L)).build())) {
            Path config = config(sandbox);
            CliContext context = TestCli.context(Clock.fixed(NOW, ZoneOffset.UTC), "",
                    Map.of("HUBSPOT_TOKEN", sandbox.token()), dir, CrmProviders.installed());
            TestCli.Run setup = TestCli.run(context, "setup", "-c", config.toString());
            TestCli.Run setupAgain = TestCli.run(context, "setup", "-c", config.toString());

            assertThat(setup.exit()).as(setup.err()).isZero();
            assertThat(setup.out()).contains("created  mql_score", "created  mql_rejection_reason", "is ready.");
            assertThat(setupAgain.exit()).isZero();
            assertThat(setupAgain.out()).as("setup is idempotent").doesNotContain("created").contains("present  mql_score");

            TestCli.Run backfill = TestCli.run(context, "backfill", "-c", config.toString());

            assertThat(backfill.exit()).as(backfill.err()).isEqualTo(0);
            Matcher first = counts(backfill.out());
            assertThat(Long.parseLong(first.group(1))).isEqualTo(250);
            assertThat(Long.parseLong(first.group(3))).isEqualTo(250);
            long mqls = Long.parseLong(first.group(4));
            assertThat(mqls).isPositive();
            assertThat(Long.parseLong(first.group(5))).isEqualTo(mqls);
            assertThat(sandbox.taskCount()).isEqualTo(mqls);
            assertThat(backfill.out()).doesNotContain(sandbox.token());

            TestCli.Run sync = TestCli.run(context, "sync", "-c", config.toString());

            assertThat(sync.exit()).as(sync.err()).isEqualTo(0);
            Matcher again = counts(sync.out());
            assertThat(Long.parseLong(again.group(3))).as("a re-run writes nothing").isZero();
            assertThat(sandbox.taskCount()).isEqualTo(mqls);
        }
    }

    private Path config(HubSpotSandbox sandbox) throws IOException {
        List<String> pool = new ArrayList<>();
        for (SyntheticOwner owner : sandbox.data().owners()) {
            if (owner.kind() == OwnerKind.PERSON && owner.active() && pool.size() < 2) {
                pool.add(owner.email());
            }
        }
        Path model = Path.of("..", "config", "models", "smb.yaml").toAbsolutePath().normalize();
        return Files.writeString(dir.resolve("e2e.yaml"), """
                instance: e2e
                crm: hubspot
                hubspot:
                  baseUrl: %s
                  accessToken: ${HUBSPOT_TOKEN}
                model: %s
                routing: { defaultPool: [%s] }
                tasks: { sla: PT4H }
                """.formatted(sandbox.baseUrl(), model, String.join(", ", pool)));
    }

    private static Matcher counts(String out) {
        Matcher matcher = COUNTS.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher;
    }
}
