package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.sync.FakeCrm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync}, {@code backfill} and {@code explain} run in-process against core's in-memory CRM and a SQLite file. */
class SyncCommandsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final String TOKEN = "pat-na1-test-token-0000";

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final FakeCrm crm = new FakeCrm(clock).owner("A", "alice@acme.com").owner("B", "bob@acme.com");
    private final FakeCrmProvider provider = new FakeCrmProvider(crm);
    private Path config;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("model.yaml"), """
                name: cli-test
                version: 3
                fit:
                  rules:
                    - { id: title-exec, points: 30, label: "Director or VP", if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
                intent:
                  max: 150
                  rules:
                    - { id: demo-request, points: 50, label: "Requested a demo", handRaise: true, event: { type: FORM_SUBMITTED } }
                qualify: { fitMin: 25, intentMin: 30, scoreMin: 70 }
                """);
        config = Files.writeString(dir.resolve("acme.yaml"), """
                instance: acme
                crm: hubspot
                hubspot: { accessToken: "${HUBSPOT_TOKEN}" }
                model: model.yaml
                routing: { defaultPool: [alice@acme.com, bob@acme.com] }
                """);
        for (String id : List.of("1", "2", "3")) {
            crm.lead(id, Map.of("jobTitle", "VP Sales"));
            crm.event(id, Event.of(EventType.FORM_SUBMITTED, NOW.minus(Duration.ofHours(1))));
        }
        crm.lead("4", Map.of("jobTitle", "Intern"));
    }

    @Test
    void syncQualifiesRoutesAndPrintsTheRunSummaryThenARerunWritesNothing() {
        TestCli.Run first = cli("sync", "-c", config.toString());

        assertThat(first.exit()).isEqualTo(0);
        assertThat(first.out()).startsWith("acme: sync succeeded in ")
                .contains("4 read, 4 scored, 4 changed, 3 MQLs, 0 accepted, 0 recycled, 0 disqualified, 3 tasks, 0 dead letters");
        assertThat(crm.tasks()).extracting(FakeCrm.Task::key).containsExactly("acme:1:1", "acme:2:1", "acme:3:1");
        assertThat(dir.resolve("data/acme.db")).exists();

        TestCli.Run again = cli("sync", "-c", config.toString());

        assertThat(again.exit()).isEqualTo(0);
        assertThat(again.out()).contains("4 read, 4 scored, 0 changed");
        assertThat(crm.writeCalls()).hasSize(1);
        assertThat(first.err() + first.out() + again.err() + again.out()).doesNotContain(TOKEN);
    }

    @Test
    void aDryRunBackfillPrintsEachPlannedChangeAsAJsonLineAndWritesNothing() throws IOException {
        TestCli.Run run = cli("backfill", "-c", config.toString(), "--dry-run");

        assertThat(run.exit()).isEqualTo(0);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("lead").asText()).isEqualTo("1");
        assertThat(first.get("properties").get("mql_status").asText()).isEqualTo("MQL");
        assertThat(first.get("owner").asText()).isEqualTo("A");
        assertThat(first.get("task").asText()).isEqualTo("acme:1:1");
        assertThat(first.get("cleared").isArray()).isTrue();
        JsonNode intern = new ObjectMapper().readTree(lines.get(3));
        assertThat(intern.get("owner").isNull()).isTrue();
        assertThat(intern.get("task").isNull()).isTrue();
        assertThat(run.err()).contains("acme: dry-run succeeded");
        assertThat(crm.writeCalls()).isEmpty();
        assertThat(crm.tasks()).isEmpty();
    }

    @Test
    void backfillWithALimitStopsThereAndResumeFinishes() {
        TestCli.Run limited = cli("backfill", "-c", config.toString(), "--limit", "2");
        TestCli.Run resumed = cli("backfill", "-c", config.toString(), "--resume");

        assertThat(limited.exit()).isEqualTo(0);
        assertThat(limited.out()).contains("acme: backfill succeeded").contains("2 read");
        assertThat(resumed.out()).contains("2 read, 2 scored, 2 changed");
        assertThat(crm.property("4", "mql_fit_score")).contains("0");
    }

    @Test
    void aRecordTheCrmRefusesIsKeptForRetryAndExitsOne() {
        crm.refuse("2");

        TestCli.Run run = cli("sync", "-c", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("some records failed and are kept for retry").contains("1 dead letters");
    }

    @Test
    void aSpentApiBudgetStopsCleanlyWithExitFour() {
        crm.failNextWrite(() -> new ApiBudgetExhaustedException("daily limit"));

        TestCli.Run run = cli("backfill", "-c", config.toString());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("stopped: the CRM's API budget is spent");
    }

    @Test
    void aBrokenConfigExitsTwoBeforeTheCrmIsOpened() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), """
                instance: acme
                crm: hubspot
                hubspot: { accessToken: literal-token }
                model: model.yaml
                """);

        TestCli.Run run = cli("sync", "-c", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(broken + ": hubspot.accessToken: a secret must not be written in the "
                + "file: give it as ${ENV_VAR} or ${file:PATH}");
        assertThat(provider.opened()).isZero();
    }

    @Test
    void explainPrintsEveryContributionAndTheDecisionAndWritesNothing() {
        TestCli.Run run = cli("explain", "-c", config.toString(), "--lead", "1");

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out().lines()).containsExactly(
                "lead 1: model cli-test@3 at 2026-11-20T15:00:00Z, 1 events",
                "fit 30.0 + intent 50.0 = score 80.0; quadrant ROUTE; qualifies: yes; disqualified: no",
                "  fit      +30.0  title-exec \"Director or VP\" (decay 1.000): jobTitle=VP Sales",
                "  intent   +50.0  demo-request \"Requested a demo\" (decay 1.000): " + evidenceOf(run.out()),
                "decision: NONE -> MQL (qualified)",
                "changes on its own at: 2026-12-04T15:00:00Z (SLA expiry or end of cooldown)");
        assertThat(evidenceOf(run.out())).contains("FORM_SUBMITTED");
        assertThat(crm.writeCalls()).isEmpty();
        assertThat(dir.resolve("data/acme.db")).doesNotExist();
    }

    @Test
    void explainOfAnUnknownRecordSaysSoAndExitsOne() {
        TestCli.Run run = cli("explain", "-c", config.toString(), "--lead", "999");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("explain: the CRM has no record 999" + System.lineSeparator());
    }

    private TestCli.Run cli(String... args) {
        return TestCli.run(TestCli.context(clock, "", Map.of("HUBSPOT_TOKEN", TOKEN), dir, provider.installed()), args);
    }

    private static String evidenceOf(String out) {
        return out.lines().filter(l -> l.contains("demo-request")).findFirst().orElseThrow().replaceFirst(".*\\(decay 1.000\\): ", "");
    }
}
