package io.mqlsync.app.cli;

import static io.mqlsync.app.cli.DaemonFixture.metric;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.state.ReadStream;
import io.mqlsync.core.state.RunCounts;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.RateLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronExpression;

/**
 * {@code mqlsync run} in-process against the HubSpot sandbox on a cron firing every two seconds: the real
 * adapter, a SQLite state file, Quartz in memory, the health and metrics endpoint.
 */
class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyBrokenConfigIsPrintedAndNothingIsScheduled() throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), """
                instance: good
                crm: hubspot
                hubspot: { baseUrl: "http://127.0.0.1:1", accessToken: "${TOKEN}" }
                model: %s
                """.formatted(Path.of("..", "config", "models", "smb.yaml").toAbsolutePath()));
        Path twin = Files.writeString(dir.resolve("twin.yaml"), Files.readString(good));
        Path badCron = Files.writeString(dir.resolve("bad-cron.yaml"), Files.readString(good)
                .replace("instance: good", "instance: other\nschedule: { cron: \"every minute\" }"));

        TestCli.Run run = TestCli.run(TestCli.context(Clock.systemUTC(), "", Map.of("TOKEN", "t"), dir),
                "run", "-c", good.toString(), "-c", twin.toString(), "-c", badCron.toString(), "--http-port", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).contains(
                twin + ": instance: \"good\" is also the instance of " + good + ": each instance needs exactly one config");
        assertThat(run.err()).contains(badCron + ": schedule.cron: \"every minute\" is not a Quartz cron expression");
        assertThat(run.out()).as("nothing was scheduled or served").isEmpty();
    }

    @Test
    void aLogFormatOtherThanTextOrJsonIsAUsageError() {
        TestCli.Run run = TestCli.run(TestCli.context(Clock.systemUTC(), ""), "--log-format", "xml", "run", "--help");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--log-format: \"xml\" is not text or json");
    }

    @Test
    void instancesOfOneDaemonKeepLocalStateOrShareOnePostgresDatabase() throws Exception {
        Path model = Path.of("..", "config", "models", "smb.yaml").toAbsolutePath();
        Path local = Files.writeString(dir.resolve("local.yaml"), """
                instance: local
                crm: hubspot
                hubspot: { baseUrl: "http://127.0.0.1:1", accessToken: "${TOKEN}" }
                model: %s
                """.formatted(model));
        Path shared = Files.writeString(dir.resolve("shared.yaml"), Files.readString(local)
                .replace("instance: local", "instance: shared\nstate: { url: \"jdbc:postgresql://db.internal/mqlsync\" }"));

        TestCli.Run run = TestCli.run(TestCli.context(Clock.systemUTC(), "", Map.of("TOKEN", "t"), dir),
                "run", "--config-dir", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(dir.resolve("local.yaml") + ": state.url: differs from the PostgreSQL state.url of "
                + dir.resolve("shared.yaml") + ": the instances of one `mqlsync run` share their schedule in one PostgreSQL "
                + "database, or all keep local state");
    }

    @Test
    @Timeout(120)
    void theDaemonRunsOnScheduleNeverOverlapsCatchesUpOnceAndReportsWhatItDid() throws Exception {
        try (HubSpotSandbox sandbox = sandbox(200)) {
            String stateUrl = "jdbc:sqlite:" + dir.resolve("state/e2e.db");
            setup(sandbox, DaemonFixture.config(dir, sandbox, "0 0 0 1 1 ? 2099", 400, stateUrl));
            Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(4);
            List<Instant> fires = IntStream.range(0, 5).mapToObj(i -> first.plusSeconds(2L * i)).toList();
            String cron = DaemonFixture.firingAt(fires);
            Path config = DaemonFixture.config(dir, sandbox, cron, 400, stateUrl);

            try (BackgroundCli daemon = new BackgroundCli(Clock.systemUTC(), Map.of("HUBSPOT_TOKEN", sandbox.token()), dir,
                    "run", "-c", config.toString(), "--http-port", "0", "--lease-ttl", "PT10S")) {
                int port = Poll.until(Duration.ofSeconds(20), "the endpoint's port", daemon::httpPort);
                Instant last = fires.get(fires.size() - 1);
                // quiet: every run finished, and the schedule waits for next minute's first fire
                Poll.until(Duration.ofSeconds(60), "the last fire's run", () -> quiet(DaemonFixture.runs(stateUrl))
                        && nextFire(port).isAfter(last.plusSeconds(30)) && !running(port));

                List<RunRecord> runs = DaemonFixture.runs(stateUrl);
                assertThat(runs).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.SUCCEEDED));
                for (int i = 1; i < runs.size(); i++) {
                    assertThat(runs.get(i).startedAt()).as("run %d starts after run %d finished", i, i - 1)
                            .isAfterOrEqualTo(runs.get(i - 1).finishedAt().orElseThrow());
                }
                RunRecord firstRun = runs.get(0);
                assertThat(firstRun.duration().orElseThrow()).as("the first run spans several fires")
                        .isGreaterThan(Duration.ofMillis(4_500));
                assertThat(runs).as("the fires missed during the first run are caught up once, not one run each")
                        .hasSizeBetween(2, 3).hasSizeLessThan(fires.size());
                long mqls = sum(runs, RunCounts::mqls);
                assertThat(mqls).isPositive();
                assertThat(sandbox.taskCount()).as("one task per MQL").isEqualTo(mqls);

                HttpResponse<String> metrics = DaemonFixture.get(port, "/metrics");
                assertThat(metrics.statusCode()).isEqualTo(200);
                String scrape = metrics.body();
                assertThat(metric(scrape, "mqlsync_runs_total", "instance=\"e2e\"", "outcome=\"succeeded\"")).isEqualTo(runs.size());
                assertThat(metric(scrape, "mqlsync_records_read_total", "instance=\"e2e\"")).isEqualTo(sum(runs, RunCounts::read));
                assertThat(metric(scrape, "mqlsync_records_changed_total", "instance=\"e2e\"")).isEqualTo(sum(runs, RunCounts::changed));
                assertThat(metric(scrape, "mqlsync_mqls_total", "instance=\"e2e\"")).isEqualTo(mqls);
                assertThat(metric(scrape, "mqlsync_transitions_total", "instance=\"e2e\"", "kind=\"qualified\"")).isEqualTo(mqls);
                assertThat(metric(scrape, "mqlsync_handoff_tasks_total", "instance=\"e2e\"")).isEqualTo(sandbox.taskCount());
                assertThat(metric(scrape, "mqlsync_api_calls_total", "instance=\"e2e\""))
                        .isEqualTo(runs.stream().mapToLong(r -> r.summary().totalApiCalls()).sum());
                assertThat(metric(scrape, "mqlsync_api_calls_total", "instance=\"e2e\"", "kind=\"write\""))
                        .isPositive();
                assertThat(metric(scrape, "mqlsync_api_throttled_total", "instance=\"e2e\"")).isZero();
                assertThat(metric(scrape, "mqlsync_dead_letters", "instance=\"e2e\"")).isZero();
                assertThat(metric(scrape, "mqlsync_schedule_interval_seconds", "instance=\"e2e\"")).isEqualTo(2.0);
                assertThat(metric(scrape, "mqlsync_run_duration_seconds_count", "instance=\"e2e\"")).isEqualTo(runs.size());
                Instant lastSuccess = runs.get(runs.size() - 1).finishedAt().orElseThrow();
                assertThat(metric(scrape, "mqlsync_last_success_timestamp_seconds", "instance=\"e2e\""))
                        .isEqualTo(lastSuccess.getEpochSecond());

                HttpResponse<String> health = DaemonFixture.get(port, "/health");
                assertThat(health.statusCode()).isEqualTo(200);
                JsonNode instance = JSON.readTree(health.body()).path("instances").path(0);
                assertThat(instance.path("instance").asText()).isEqualTo("e2e");
                assertThat(instance.path("ready").asBoolean()).isTrue();
                assertThat(instance.path("lastOutcome").asText()).isEqualTo("SUCCEEDED");
                assertThat(Instant.parse(instance.path("lastSuccess").asText())).isEqualTo(lastSuccess);
                assertThat(instance.path("lastError").isNull()).isTrue();
                assertThat(Instant.parse(instance.path("nextFire").asText())).isEqualTo(nextFire(cron, Instant.now()));

                daemon.stop();
                assertThat(daemon.awaitExit(Duration.ofSeconds(30))).as(daemon.err()).isZero();
            }
        }
    }

    @Test
    @Timeout(120)
    void aStopDuringARunFinishesThePageAndLeavesACheckpointTheNextSyncResumesFrom() throws Exception {
        try (HubSpotSandbox sandbox = sandbox(250)) {
            String stateUrl = "jdbc:sqlite:" + dir.resolve("state/e2e.db");
            Map<String, String> env = Map.of("HUBSPOT_TOKEN", sandbox.token());
            setup(sandbox, DaemonFixture.config(dir, sandbox, "0 0 0 1 1 ? 2099", 400, stateUrl));
            Instant fire = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(4);
            Path config = DaemonFixture.config(dir, sandbox, DaemonFixture.firingAt(List.of(fire)), 400, stateUrl);

            try (BackgroundCli daemon = new BackgroundCli(Clock.systemUTC(), env, dir, "run", "-c", config.toString());
                 StateDatabase db = StateDatabase.open(StateStoreSettings.of(stateUrl), Clock.systemUTC())) {
                StateStore store = db.forInstance("e2e");
                Poll.until(Duration.ofSeconds(60), "a first committed page", () -> store.checkpoints()
                        .find(ReadStream.INCREMENTAL).isPresent());

                daemon.stop();

                assertThat(daemon.awaitExit(Duration.ofSeconds(30))).as(daemon.err()).isZero();
                RunRecord stopped = DaemonFixture.runs(store).get(0);
                assertThat(stopped.outcome()).isEqualTo(RunOutcome.STOPPED);
                long done = store.checkpoints().find(ReadStream.INCREMENTAL).orElseThrow().recordsDone();
                assertThat(done).as("the pages committed before the stop").isPositive().isLessThan(250).isEqualTo(stopped.summary().counts().read());
                assertThat(store.lease().current()).as("the lease is given back").isEmpty();
                assertThat(store.tasks().pending()).as("no task left half made").isEmpty();
                assertThat(sandbox.taskCount()).isEqualTo(stopped.summary().counts().tasks());
            }

            TestCli.Run sync = TestCli.run(TestCli.context(Clock.systemUTC(), "", env, dir), "sync", "-c", config.toString());

            assertThat(sync.exit()).as(sync.err()).isZero();
            List<RunRecord> runs = DaemonFixture.runs(stateUrl);
            assertThat(runs).extracting(RunRecord::outcome).containsExactly(RunOutcome.STOPPED, RunOutcome.SUCCEEDED);
            assertThat(sum(runs, RunCounts::changed)).as("every contact written once: none lost, none written again")
                    .isEqualTo(250);
            assertThat(sandbox.taskCount()).as("one task per MQL, none twice").isEqualTo(sum(runs, RunCounts::mqls));
        }
    }

    private static HubSpotSandbox sandbox(int contacts) {
        return HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(contacts).clock(AdjustableClock.system())
                .searchLag(Duration.ZERO).rateLimits(new RateLimits(100_000, 10_000, 100_000_000L)).build());
    }

    private void setup(HubSpotSandbox sandbox, Path config) {
        TestCli.Run setup = TestCli.run(TestCli.context(Clock.systemUTC(), "", Map.of("HUBSPOT_TOKEN", sandbox.token()), dir),
                "setup", "-c", config.toString());
        assertThat(setup.exit()).as(setup.err()).isZero();
    }

    private static Instant nextFire(int port) {
        return Instant.parse(instanceHealth(port).path("nextFire").asText());
    }

    private static boolean running(int port) {
        return instanceHealth(port).path("running").asBoolean();
    }

    private static JsonNode instanceHealth(int port) {
        try {
            return JSON.readTree(DaemonFixture.get(port, "/health").body()).path("instances").path(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Some runs, none of them running. */
    private static boolean quiet(List<RunRecord> runs) {
        return !runs.isEmpty() && runs.stream().allMatch(r -> r.finishedAt().isPresent());
    }

    private static long sum(List<RunRecord> runs, ToLongFunction<RunCounts> figure) {
        return runs.stream().mapToLong(r -> figure.applyAsLong(r.summary().counts())).sum();
    }

    private static Instant nextFire(String cron, Instant after) throws ParseException {
        CronExpression expression = new CronExpression(cron);
        expression.setTimeZone(TimeZone.getTimeZone("UTC"));
        return Optional.ofNullable(expression.getNextValidTimeAfter(Date.from(after))).orElseThrow().toInstant();
    }
}
