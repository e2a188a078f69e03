package io.mqlsync.app.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.scoring.FitRule;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.simulation.RuleWeight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CandidateModelFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "a candidate of the shipped {0} model loads with new points and the next version")
    @ValueSource(strings = {"smb", "enterprise", "startup"})
    void aCandidateOfAShippedModelLoads(String name) throws IOException {
        Path live = Path.of("..", "config", "models", name + ".yaml");
        ScoringModel model = new ModelLoader().load(live);
        RuleWeight fit = RuleWeight.of(model).get(0);
        RuleWeight intent = RuleWeight.of(model).stream().filter(w -> w.kind() == RuleKind.INTENT).findFirst().orElseThrow();
        List<RuleEvidence> rules = new ArrayList<>();
        rules.add(new RuleEvidence(fit.rule(), fit.kind(), 50, 20, 50, 5, Optional.of(1.2), fit.points(), 33.5,
                Optional.empty(), RuleEvidence.Verdict.SUGGESTED));
        rules.add(new RuleEvidence(intent.rule(), intent.kind(), 50, 20, 50, 5, Optional.of(-0.4), intent.points(), -7,
                Optional.of(-14.0), RuleEvidence.Verdict.SUGGESTED));
        Calibration calibration = new Calibration(model.id(), 100, 25, -1.1, 12.5, rules, List.of("too few outcomes: test"));
        Path out = dir.resolve("candidate.yaml");

        new CandidateModelFile().write(live, calibration, Instant.parse("2026-11-20T12:00:00Z"), out);

        ScoringModel candidate = new ModelLoader().load(out);
        assertThat(candidate.version()).isEqualTo(model.version() + 1);
        assertThat(candidate.fit().rules()).extracting(FitRule::id).isEqualTo(model.fit().rules().stream().map(FitRule::id).toList());
        assertThat(candidate.fit().rules().get(0).points()).isEqualTo(33.5);
        IntentRule changed = candidate.intent().rules().stream().filter(r -> r.id().equals(intent.rule())).findFirst().orElseThrow();
        assertThat(changed.points()).isEqualTo(-7);
        assertThat(changed.cap()).isEqualTo(-14);
        assertThat(candidate.qualify().scoreMin()).isEqualTo(model.qualify().scoreMin());
        assertThat(Files.readString(out)).startsWith("# Candidate model written by `mqlsync calibrate`")
                .contains("# WARNING: too few outcomes: test");
    }
}
