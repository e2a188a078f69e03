package io.mqlsync.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.state.TransitionHistory;
import io.mqlsync.core.state.TransitionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --input} end to end on a hand-built scenario: an export of five leads, a SQLite state
 * file holding their outcomes, the live model of the config and a candidate. The figures are worked out in
 * core's {@code SimulationTest}, which uses the same scenario.
 */
class SimulateCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant QUALIFIED = NOW.minus(Duration.ofDays(20));
    private static final String LIVE = """
            name: live
            version: 3
            fit:
              rules:
                - { id: title-exec, points: 20, if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
                - { id: big-company, points: 10, if: { field: employees, gte: 100 } }
            intent:
              max: 150
              rules:
                - { id: demo, points: 50, event: { type: FORM_SUBMITTED, where: { field: form, matches: demo } } }
                - { id: pricing, points: 10, event: { type: PAGE_VIEWED } }
            qualify: { scoreMin: 50 }
            quadrants: { fitHigh: 20, intentHigh: 30 }
            """;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Path config;
    private Path candidate;
    private Path export;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("live.yaml"), LIVE);
        candidate = Files.writeString(dir.resolve("candidate.yaml"), LIVE.replace("version: 3", "version: 4")
                .replace("big-company, points: 10", "big-company, points: 20").replace("demo, points: 50", "demo, points: 30"));
        config = Files.writeString(dir.resolve("acme.yaml"), """
                instance: acme
                crm: hubspot
                hubspot: { accessToken: "${HUBSPOT_TOKEN}" }
                model: live.yaml
                """);
        String demo = "[{\"type\":\"FORM_SUBMITTED\",\"at\":\"2026-10-26T12:00:00Z\",\"attrs\":{\"form\":\"demo-request\"}}]";
        String pricing = "[{\"type\":\"PAGE_VIEWED\",\"at\":\"2026-10-26T12:00:00Z\"}]";
        export = Files.writeString(dir.resolve("leads.jsonl"), String.join("\n",
                line("l1", "VP Sales", 500, "google", demo), line("l2", "VP Sales", 10, "linkedin", demo),
                line("l3", "Analyst", 10, "google", demo), line("l4", "VP Marketing", 500, "google", pricing),
                line("l5", "Analyst", 500, "google", "[]")) + "\n");
        Files.createDirectories(dir.resolve("data"));
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of("jdbc:sqlite:" + dir.resolve("data/acme.db")), clock)) {
            TransitionHistory history = db.forInstance("acme").transitions();
            for (String lead : new String[] {"l1", "l2", "l3", "l6"}) {
                history.record(transition(lead, MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));
            }
            history.record(transition("l2", MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED, "timing", days(2)));
            history.record(transition("l1", MqlStatus.MQL, MqlStatus.SQL, Transition.PROMOTED_SQL, null, days(3)));
            history.record(transition("l3", MqlStatus.MQL, MqlStatus.RECYCLED, Transition.EXPIRED, "sla_expired", days(14)));
            history.record(transition("l4", MqlStatus.NONE, MqlStatus.SQL, Transition.PROMOTED_SQL, null, days(15)));
        }
    }

    @Test
    void jsonCarriesTheChangedMqlsAndBothModelsBacktest() throws IOException {
        CommandRun run = simulate("--format", "json", "--target-precision", "0.6");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/liveModel").asText()).isEqualTo("live@3");
        assertThat(json.at("/comparison/gained/0/lead").asText()).isEqualTo("l4");
        assertThat(json.at("/comparison/gained/0/rules/0/rule").asText()).isEqualTo("big-company");
        assertThat(json.at("/comparison/lost/0/lead").asText()).isEqualTo("l3");
        assertThat(json.at("/comparison/lost/0/failedGates/0").asText()).isEqualTo("scoreMin");
        assertThat(json.at("/backtest/cases").asLong()).isEqualTo(4);
        assertThat(json.at("/backtest/outcomesWithoutRecord").asLong()).isEqualTo(1);
        assertThat(json.at("/backtest/enoughOutcomes").asBoolean()).isFalse();
        assertThat(json.at("/backtest/live/precision").asDouble()).isEqualTo(1.0 / 3);
        assertThat(json.at("/backtest/candidate/precision").asDouble()).isEqualTo(2.0 / 3);
        assertThat(json.at("/backtest/candidate/recall").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/backtest/candidate/sweep/rows/1/precision").asDouble()).isEqualTo(2.0 / 3);
        assertThat(json.at("/backtest/candidate/sweep/suggested").isNull())
                .as("no threshold flags the five resolved cases a suggestion needs").isTrue();
        assertThat(json.at("/backtest/live/rejections/0/reason").asText()).isEqualTo("sla_expired");
    }

    @Test
    void textNamesTheChangesAndSaysThatFourOutcomesAreNotEnough() {
        CommandRun run = simulate();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("simulate: live live@3 vs candidate live@4, 5 records scored at 2026-11-20T12:00:00Z",
                "MQLs: live 3, candidate 3 (1 gained, 1 lost)",
                "l4", "big-company +10.0 (10.0 -> 20.0)", "demo -20.0 (50.0 -> 30.0)",
                "backtest against recorded outcomes: 4 cases, 4 resolved, 2 converted; leads with outcomes not among the "
                        + "records read: 1", "quadrants (rows live, columns candidate); leads that move: 1",
                "not enough outcomes: 4 resolved cases, fewer than 30",
                "precision                         33.3%        66.7%");
    }

    @Test
    void outWritesTheJsonAndAPageWithCharts() throws IOException {
        CommandRun run = simulate("--out", dir.resolve("sim").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("sim/simulation.json")).exists();
        String html = Files.readString(dir.resolve("sim/simulation.html"));
        assertThat(html).contains("Model simulation: live@4 vs live@3", "Score distribution", "Not enough outcomes")
                .doesNotContain("VP Sales");
        assertThat(html).containsPattern("data-charts=\"[1-9]");
    }

    @Test
    void aMalformedExportLineIsReportedAndSkippedWithExitOne() throws IOException {
        Files.writeString(export, "{not json\n", java.nio.file.StandardOpenOption.APPEND);

        CommandRun run = simulate();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("leads.jsonl:6: invalid JSON");
        assertThat(run.out()).contains("5 records scored");
    }

    @Test
    void aTargetPrecisionOutsideZeroToOneIsAUsageError() {
        assertThat(simulate("--target-precision", "1.5").exit()).isEqualTo(2);
    }

    private CommandRun simulate(String... extra) {
        String[] base = {"-c", config.toString(), "--model", candidate.toString(), "--input", export.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CommandRun.of(new SimulateCommand(CommandRun.context(clock, Map.of("HUBSPOT_TOKEN", "pat-test"), dir)), args);
    }

    private static String line(String id, String title, int employees, String source, String events) {
        return "{\"id\":\"" + id + "\",\"fields\":{\"jobTitle\":\"" + title + "\",\"employees\":" + employees
                + ",\"utm.source\":\"" + source + "\"},\"events\":" + events + "}";
    }

    private static Instant days(int afterQualified) {
        return QUALIFIED.plus(Duration.ofDays(afterQualified));
    }

    private static TransitionRecord transition(String lead, MqlStatus from, MqlStatus to, Transition kind, String reason,
                                               Instant at) {
        return new TransitionRecord(new LeadId(lead), from, to, kind, Optional.ofNullable(reason).map(ReasonCode::new),
                0, 0, 0, Quadrant.PARK, Attribution.none(), "live@3", at);
    }
}
