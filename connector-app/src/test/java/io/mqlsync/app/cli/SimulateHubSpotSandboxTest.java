package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.config.ModelLoader;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} and {@code calibrate} against the HubSpot sandbox after a backfill, sales' answers and a
 * sync: they read every contact and the recorded outcomes, and the sandbox's journal shows no write call.
 */
class SimulateHubSpotSandboxTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final int CONTACTS = 80;
    private static final Duration LATER = Duration.ofDays(5);
    private static final Pattern READ_OPERATION = Pattern.compile(".*\\.(list|get|batchRead|search|groups|group|labels"
            + "|types|submissions)");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void simulateAndCalibrateReadTheCrmAndTheOutcomesAndWriteNothing() throws IOException {
        AdjustableClock sandboxClock = AdjustableClock.fixedAt(NOW);
        try (HubSpotSandbox sandbox = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(CONTACTS)
                .clock(sandboxClock).searchLag(Duration.ZERO)
                .rateLimits(new RateLimits(100_000, 10_000, 100_000_000L)).build())) {
            Path config = config(sandbox);
            Map<String, String> env = Map.of("HUBSPOT_TOKEN", sandbox.token());
            CliContext before = TestCli.context(Clock.fixed(NOW, ZoneOffset.UTC), "", env, dir, CrmProviders.installed());
            assertThat(TestCli.run(before, "setup", "-c", config.toString()).exit()).isZero();
            assertThat(TestCli.run(before, "backfill", "-c", config.toString()).exit()).isZero();
            sandboxClock.advance(LATER);
            sandbox.respondAsSales("mql_");
            CliContext after = TestCli.context(Clock.fixed(NOW.plus(LATER), ZoneOffset.UTC), "", env, dir,
                    CrmProviders.installed());
            assertThat(TestCli.run(after, "sync", "-c", config.toString()).exit()).isZero();
            sandbox.journal().clear();

            TestCli.Run simulate = TestCli.run(after, "simulate", "-c", config.toString(), "--model",
                    candidate().toString(), "--format", "json");

            assertThat(simulate.exit()).as(simulate.err()).isZero();
            assertThat(sandbox.journal().writeCount()).as("simulate writes nothing to the CRM").isZero();
            assertThat(sandbox.journal().endpoints().keySet()).isNotEmpty().allMatch(op -> READ_OPERATION.matcher(op).matches());
            JsonNode json = new ObjectMapper().readTree(simulate.out());
            assertThat(json.at("/comparison/records").asLong()).isEqualTo(CONTACTS);
            assertThat(json.at("/comparison/liveMqls").asLong()).isPositive();
            assertThat(json.at("/comparison/candidateMqls").asLong())
                    .as("the candidate's lower scoreMin keeps every MQL of the live model")
                    .isGreaterThanOrEqualTo(json.at("/comparison/liveMqls").asLong());
            assertThat(json.at("/comparison/lost").size()).isZero();
            assertThat(json.at("/backtest/cases").asLong()).as("every handoff of the backfill is a case").isPositive();
            assertThat(simulate.out()).doesNotContain(sandbox.token());

            TestCli.Run calibrate = TestCli.run(after, "calibrate", "-c", config.toString(), "--out",
                    dir.resolve("calibrated.yaml").toString());

            assertThat(calibrate.exit()).as(calibrate.err()).isZero();
            assertThat(calibrate.out()).contains("calibrated smb@1 on", "WARNING: too few outcomes");
            assertThat(new ModelLoader().load(dir.resolve("calibrated.yaml")).version()).isEqualTo(2);
            assertThat(sandbox.journal().writeCount()).as("calibrate writes nothing to the CRM").isZero();
            assertThat(sandbox.journal().endpoints().keySet()).allMatch(op -> READ_OPERATION.matcher(op).matches());
        }
    }

    /** The shipped SMB model with scoreMin 40 lowered to 30. */
    private Path candidate() throws IOException {
        String smb = Files.readString(Path.of("..", "config", "models", "smb.yaml"));
        assertThat(smb).contains("scoreMin: 40");
        return Files.writeString(dir.resolve("candidate.yaml"), smb.replace("version: 1", "version: 2")
                .replace("scoreMin: 40", "scoreMin: 30"));
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
                  requestsPer10s: 10000
                model: %s
                routing: { defaultPool: [%s] }
                tasks: { sla: PT4H }
                """.formatted(sandbox.baseUrl(), model, String.join(", ", pool)));
    }
}
