package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.state.ReadStream;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.RateLimits;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clustered {@code mqlsync run}: workers in JVMs of their own, spawned as an operator would start them,
 * sharing one schedule in an embedded PostgreSQL (the state database) and syncing the HubSpot sandbox,
 * both running in this JVM. The worker running the first, long sync is killed with {@code kill -9}; the
 * other recovers the run.
 */
class ClusterRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONTACTS = 200;

    @TempDir
    Path dir;

    private final List<Process> workers = new ArrayList<>();

    @Test
    @Timeout(240)
    void eachFireRunsOnceAcrossWorkersAndAKilledWorkersRunIsRecoveredWithNothingLostAndNoTaskTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HubSpotSandbox sandbox = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(CONTACTS)
                     .clock(AdjustableClock.system()).searchLag(Duration.ZERO)
                     .rateLimits(new RateLimits(100_000, 10_000, 100_000_000L)).build())) {
            String stateUrl = database(postgres);
            Path config = DaemonFixture.config(dir, sandbox, "*/2 * * * * ?", 600, stateUrl);
            Map<String, String> env = Map.of("HUBSPOT_TOKEN", sandbox.token());
            TestCli.Run setup = TestCli.run(TestCli.context(Clock.systemUTC(), "", env, dir), "setup", "-c", config.toString());
            assertThat(setup.exit()).as(setup.err()).isZero();

            try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(stateUrl), Clock.systemUTC())) {
                StateStore store = db.forInstance("e2e");
                Path logA = dir.resolve("worker-a.log");
                Path logB = dir.resolve("worker-b.log");
                Process a = worker(config, env, logA);
                Process b = worker(config, env, logB);

                // the first sync reads every contact: long enough to kill its worker after a committed page
                Poll.until(Duration.ofSeconds(60), "the first sync's first committed page",
                        () -> store.checkpoints().find(ReadStream.INCREMENTAL).isPresent());
                Path victimLog = Poll.until(Duration.ofSeconds(5), "the worker running the first sync",
                        () -> fires(logA).isEmpty() ? (fires(logB).isEmpty() ? Optional.empty() : Optional.of(logB))
                                : Optional.of(logA));
                Process victim = victimLog.equals(logA) ? a : b;
                Process survivor = victim == a ? b : a;
                victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                assertThat(DaemonFixture.runs(store)).extracting(RunRecord::outcome).containsExactly(RunOutcome.RUNNING);

                Poll.until(Duration.ofSeconds(90), "the killed run recovered by the other worker", () -> {
                    List<RunRecord> runs = DaemonFixture.runs(store);
                    return runs.size() >= 3 && runs.get(0).outcome() == RunOutcome.INTERRUPTED
                            && runs.stream().skip(1).filter(r -> r.outcome() == RunOutcome.SUCCEEDED).count() >= 2;
                });
                Path survivorLog = survivor == a ? logA : logB;
                assertThat(fires(survivorLog)).anySatisfy(f -> assertThat(f.recovering()).isTrue());

                // a second live worker joins; they share the fires from now on
                Path logC = dir.resolve("worker-c.log");
                Process c = worker(config, env, logC);
                int runsBefore = DaemonFixture.runs(store).size();
                Poll.until(Duration.ofSeconds(60), "more fires with two live workers",
                        () -> DaemonFixture.runs(store).size() >= runsBefore + 3);

                survivor.destroy();
                c.destroy();
                assertThat(survivor.waitFor(40, TimeUnit.SECONDS)).isTrue();
                assertThat(c.waitFor(40, TimeUnit.SECONDS)).isTrue();
                assertThat(survivor.exitValue()).as("SIGTERM: clean stop\n" + Files.readString(survivorLog)).isZero();
                assertThat(c.exitValue()).as("SIGTERM: clean stop\n" + Files.readString(logC)).isZero();

                List<Fire> scheduled = new ArrayList<>();
                for (Path log : List.of(logA, logB, logC)) {
                    fires(log).stream().filter(f -> !f.recovering()).forEach(scheduled::add);
                }
                assertThat(scheduled).extracting(Fire::scheduledAt).as("each fire ran on one worker").doesNotHaveDuplicates();
                List<RunRecord> runs = DaemonFixture.runs(store);
                for (int i = 2; i < runs.size(); i++) {
                    assertThat(runs.get(i).startedAt()).as("runs never overlap")
                            .isAfterOrEqualTo(runs.get(i - 1).finishedAt().orElseThrow());
                }
                assertThat(runs).extracting(RunRecord::outcome).as("only the killed run did not finish")
                        .containsOnlyOnce(RunOutcome.INTERRUPTED);
                assertThat(store.lease().current()).as("the lease is given back").isEmpty();
                assertThat(store.tasks().pending()).as("no task left half made").isEmpty();
            }

            assertNothingLostAndNoTaskTwice(sandbox);
        } finally {
            workers.forEach(Process::destroyForcibly);
        }
    }

    private void assertNothingLostAndNoTaskTwice(HubSpotSandbox sandbox) {
        Set<Long> mqls = new HashSet<>();
        for (long id = 1; id <= CONTACTS; id++) {
            Map<String, String> contact = sandbox.contact(id).orElseThrow();
            assertThat(contact.get("mql_score")).as("contact %d was scored and written", id).isNotBlank();
            if ("MQL".equals(contact.get("mql_status"))) {
                mqls.add(id);
            }
        }
        List<Long> taskContacts = LongStream.rangeClosed(1, sandbox.taskCount())
                .boxed().flatMap(task -> sandbox.taskContacts(task).stream()).toList();
        assertThat(mqls).isNotEmpty();
        assertThat(taskContacts).as("one task per MQL").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mqls);
    }

    private Process worker(Path config, Map<String, String> env, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=" + Path.of("target", "classes", "logback.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--log-format", "json", "run", "-c", config.toString(),
                "--cluster-checkin", "PT1S", "--lease-ttl", "PT6S", "--stop-timeout", "PT20S")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("MQLSYNC_LOG_LEVEL", "INFO");
        Process process = builder.start();
        workers.add(process);
        return process;
    }

    /** One fire a worker logged (JSON lines), with the instance in the line's MDC. */
    private record Fire(String scheduledAt, String worker, boolean recovering) {
    }

    private static List<Fire> fires(Path log) {
        List<Fire> fires = new ArrayList<>();
        try {
            if (!Files.exists(log)) {
                return fires;
            }
            for (String line : Files.readAllLines(log)) {
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode event = JSON.readTree(line);
                String message = event.path("formattedMessage").asText();
                if (message.startsWith("fire ")) {
                    assertThat(event.path("mdc").path("instance").asText()).isEqualTo("e2e");
                    String[] words = message.split(" ");
                    fires.add(new Fire(words[1], words[6], message.contains("recovering")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fires;
    }

    private static String database(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE cluster");
        }
        return postgres.getJdbcUrl("postgres", "cluster");
    }
}
