package io.mqlsync.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.scoring.FitRule;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.state.TransitionHistory;
import io.mqlsync.core.state.TransitionRecord;
import io.mqlsync.app.simulate.CommandRun;
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
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate --input} end to end: an export of synthetic leads whose outcomes (in a SQLite state file)
 * were drawn from planted effects of the model's rules; the candidate it writes must order the rules as planted.
 */
class CalibrateCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant QUALIFIED = NOW.minus(Duration.ofDays(20));
    private static final String MODEL = """
            name: planted
            version: 1
            fit:
              rules:
                - { id: title, points: 10, if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
                - { id: student, points: 10, if: { field: jobTitle, matches: student } }
            intent:
              max: 150
              rules:
                - { id: demo, points: 10, event: { type: FORM_SUBMITTED } }
                - { id: pricing, points: 10, event: { type: PAGE_VIEWED } }
            qualify: { scoreMin: 10 }
            """;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void theCandidateOrdersTheRulesAsThePlantedEffectsAndLoads() throws IOException {
        Path config = scenario(1500, 17);
        Path out = dir.resolve("candidate.yaml");

        CommandRun run = calibrate(config, "--out", out.toString(), "--input", dir.resolve("leads.jsonl").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        ScoringModel candidate = new ModelLoader().load(out);
        assertThat(candidate.version()).isEqualTo(2);
        double title = fit(candidate, "title");
        double student = fit(candidate, "student");
        double demo = intent(candidate, "demo");
        double pricing = intent(candidate, "pricing");
        // planted log-odds effects: demo +2.5, title +1.0, pricing +0.3, student -2.0 (all rules had 10 points)
        assertThat(demo).isGreaterThan(title);
        assertThat(title).isGreaterThan(pricing);
        assertThat(pricing).isGreaterThan(student);
        assertThat(student).isNegative();
        assertThat(run.out()).contains("calibrated planted@1 on 1500 resolved cases", "candidate written to")
                .doesNotContain("WARNING");
    }

    @Test
    void fewOutcomesStillGiveACandidateButWithAWarning() throws IOException {
        Path config = scenario(40, 3);
        Path out = dir.resolve("candidate.yaml");

        CommandRun run = calibrate(config, "--out", out.toString(), "--input", dir.resolve("leads.jsonl").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("WARNING: too few outcomes: 40 resolved cases, fewer than 100");
        assertThat(Files.readString(out)).contains("# WARNING: too few outcomes");
    }

    @Test
    void noOutcomesWriteNothingAndExitOne() throws IOException {
        Path config = scenario(0, 3);
        Path out = dir.resolve("candidate.yaml");

        CommandRun run = calibrate(config, "--out", out.toString(), "--input", dir.resolve("leads.jsonl").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not enough outcomes to learn from", "nothing written");
        assertThat(out).doesNotExist();
    }

    private CommandRun calibrate(Path config, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-c";
        all[1] = config.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.of(new CalibrateCommand(CommandRun.context(clock, Map.of("HUBSPOT_TOKEN", "pat-test"), dir)),
                all);
    }

    /** {@code n} leads, each rule firing with probability 0.4, converted with the planted log-odds. */
    private Path scenario(int n, long seed) throws IOException {
        Files.writeString(dir.resolve("planted.yaml"), MODEL);
        Path config = Files.writeString(dir.resolve("acme.yaml"), """
                instance: acme
                crm: hubspot
                hubspot: { accessToken: "${HUBSPOT_TOKEN}" }
                model: planted.yaml
                """);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        Files.createDirectories(dir.resolve("data"));
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of("jdbc:sqlite:" + dir.resolve("data/acme.db")), clock)) {
            TransitionHistory history = db.forInstance("acme").transitions();
            for (int i = 0; i < n; i++) {
                boolean title = random.nextDouble() < 0.4;
                boolean student = random.nextDouble() < 0.4;
                boolean demo = random.nextDouble() < 0.4;
                boolean pricing = random.nextDouble() < 0.4;
                double logit = -1.5 + (demo ? 2.5 : 0) + (title ? 1.0 : 0) + (pricing ? 0.3 : 0) + (student ? -2.0 : 0);
                boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-logit));
                lines.add(line("c" + i, title, student, demo, pricing));
                LeadId lead = new LeadId("c" + i);
                history.record(transition(lead, MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, Optional.empty(), QUALIFIED));
                history.record(converted
                        ? transition(lead, MqlStatus.MQL, MqlStatus.SQL, Transition.PROMOTED_SQL, Optional.empty(), QUALIFIED.plusSeconds(3600))
                        : transition(lead, MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED,
                                Optional.of(new ReasonCode("poor_fit")), QUALIFIED.plusSeconds(3600)));
            }
        }
        Files.write(dir.resolve("leads.jsonl"), lines);
        return config;
    }

    private static String line(String id, boolean title, boolean student, boolean demo, boolean pricing) {
        String job = (title ? "VP " : "") + (student ? "student " : "") + "reader";
        List<String> events = new ArrayList<>();
        if (demo) {
            events.add("{\"type\":\"FORM_SUBMITTED\",\"at\":\"2026-10-25T12:00:00Z\"}");
        }
        if (pricing) {
            events.add("{\"type\":\"PAGE_VIEWED\",\"at\":\"2026-10-25T12:00:00Z\"}");
        }
        return "{\"id\":\"" + id + "\",\"fields\":{\"jobTitle\":\"" + job + "\"},\"events\":[" + String.join(",", events) + "]}";
    }

    private static TransitionRecord transition(LeadId lead, MqlStatus from, MqlStatus to, Transition kind,
                                               Optional<ReasonCode> reason, Instant at) {
        return new TransitionRecord(lead, from, to, kind, reason, 0, 0, 0, Quadrant.PARK, Attribution.none(), "planted@1", at);
    }

    private static double fit(ScoringModel model, String id) {
        return model.fit().rules().stream().filter(r -> r.id().equals(id)).mapToDouble(FitRule::points).findFirst().orElseThrow();
    }

    private static double intent(ScoringModel model, String id) {
        return model.intent().rules().stream().filter(r -> r.id().equals(id)).mapToDouble(IntentRule::points).findFirst().orElseThrow();
    }
}
