package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.IntentRule;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.scoring.ValueSet;
import io.mqlsync.core.scoring.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a valid model file compiles to: defaults, lists, decay forms and conditions. */
class ModelLoaderTest {
    @TempDir
    Path dir;

    private final ModelLoader loader = new ModelLoader();

    private ScoringModel load(String yaml) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, yaml);
        return loader.load(file);
    }

    @Test
    void absentSectionsGetTheDefaultsOfTheDesign() throws IOException {
        ScoringModel model = load("name: bare\nversion: 3\n");

        assertThat(model.id()).isEqualTo("bare@3");
        assertThat(model.fit().min()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(model.fit().max()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(model.intent().min()).isZero();
        assertThat(model.intent().max()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(model.intent().decay()).isEqualTo(Decay.none());
        assertThat(model.qualify().fitMin()).isEmpty();
        assertThat(model.qualify().disqualifyIf()).isEmpty();
        assertThat(model.quadrants().fitHigh()).isZero();
        assertThat(model.quadrants().intentHigh()).isZero();
    }

    @Test
    void quadrantsDefaultToTheQualificationThresholds() throws IOException {
        ScoringModel model = load("name: q\nversion: 1\nqualify: { fitMin: 25, intentMin: 30 }\n");

        assertThat(model.quadrants().fitHigh()).isEqualTo(25);
        assertThat(model.quadrants().intentHigh()).isEqualTo(30);
    }

    @Test
    void givenQuadrantsOverrideTheThresholds() throws IOException {
        ScoringModel model = load("name: q\nversion: 1\nqualify: { fitMin: 25 }\nquadrants: { fitHigh: 40 }\n");

        assertThat(model.quadrants().fitHigh()).isEqualTo(40);
        assertThat(model.quadrants().intentHigh()).isZero();
    }

    @Test
    void aRuleCapDefaultsToItsPointsAndTheModelDecayAppliesUnlessOverridden() throws IOException {
        ScoringModel model = load("""
                name: m
                version: 1
                intent:
                  decay: { halfLife: P30D }
                  rules:
                    - { id: demo, points: 50, handRaise: true, event: { type: FORM_SUBMITTED } }
                    - { id: opens, points: 1, max: 10, decay: { linear: P2W }, event: { type: EMAIL_OPENED } }
                    - { id: unsub, points: -10, decay: false, event: { type: EMAIL_UNSUBSCRIBED } }
                """);

        IntentRule demo = model.intent().rules().get(0);
        IntentRule opens = model.intent().rules().get(1);
        IntentRule unsub = model.intent().rules().get(2);
        assertThat(demo.cap()).isEqualTo(50);
        assertThat(demo.handRaise()).isTrue();
        assertThat(demo.decay()).isEqualTo(new Decay.HalfLife(Duration.ofDays(30)));
        assertThat(opens.cap()).isEqualTo(10);
        assertThat(opens.handRaise()).isFalse();
        assertThat(opens.decay()).isEqualTo(new Decay.Linear(Duration.ofDays(14)));
        assertThat(unsub.cap()).isEqualTo(-10);
        assertThat(unsub.decay()).isEqualTo(Decay.none());
    }

    @Test
    void stepsCompileInOrder() throws IOException {
        ScoringModel model = load("""
                name: m
                version: 1
                intent:
                  decay: { steps: [ { upTo: P30D, factor: 1.0 }, { upTo: P90D, factor: 0.5 } ] }
                """);

        assertThat(model.intent().decay()).isEqualTo(new Decay.Steps(List.of(
                new Decay.Step(Duration.ofDays(30), 1.0), new Decay.Step(Duration.ofDays(90), 0.5))));
    }

    @Test
    void anEventTypeIsOneTypeOrAListAndWhereNamesFreeAttributes() throws IOException {
        ScoringModel model = load("""
                name: m
                version: 1
                intent:
                  rules:
                    - { id: one, points: 5, event: { type: PAGE_VIEWED, where: { field: url, contains: /pricing } } }
                    - { id: many, points: 5, event: { type: [WEBINAR_REGISTERED, WEBINAR_ATTENDED],
                        where: { field: hidden_campaign_code, exists: true } }, atLeast: 2, within: PT12H }
                """);

        assertThat(model.intent().rules().get(0).event().types()).containsExactly(EventType.PAGE_VIEWED);
        assertThat(model.intent().rules().get(1).event().types())
                .containsExactlyInAnyOrder(EventType.WEBINAR_REGISTERED, EventType.WEBINAR_ATTENDED);
        assertThat(model.intent().rules().get(1).window()).contains(new Window(2, Duration.ofHours(12)));
    }

    @Test
    void theBuiltInFreemailListKnowsCommonProviders() throws IOException {
        ScoringModel model = load("""
                name: m
                version: 1
                fit:
                  rules:
                    - { id: personal, points: -10, if: { field: emailDomain, in: "@freemail" } }
                """);
        Condition personal = model.fit().rules().get(0).condition();

        assertThat(personal.test(Fields.of(Map.of("emailDomain", "GMail.com")))).isTrue();
        assertThat(personal.test(Fields.of(Map.of("emailDomain", "acme.com")))).isFalse();
        assertThat(((Condition.In) personal).values().values()).hasSizeBetween(50, 100);
    }

    @Test
    void aModelsOwnFreemailListReplacesTheBuiltInOne() throws IOException {
        ScoringModel model = load("""
                name: m
                version: 1
                lists: { freemail: [example.net] }
                fit:
                  rules:
                    - { id: personal, points: -10, if: { field: emailDomain, in: "@freemail" } }
                """);
        Condition personal = model.fit().rules().get(0).condition();

        assertThat(personal.test(Fields.of(Map.of("emailDomain", "example.net")))).isTrue();
        assertThat(personal.test(Fields.of(Map.of("emailDomain", "gmail.com")))).isFalse();
        assertThat(personal).isEqualTo(new Condition.In("emailDomain",
                ValueSet.of(List.of(FieldValue.ofText("example.net").orElseThrow())),
                Optional.of("freemail")));
    }

    @Test
    void conditionsCompileToTheirRecords() throws IOException {
        ScoringModel model = load("""
                name: m
                version: 1
                fit:
                  rules:
                    - id: c
                      points: 1
                      if:
                        all:
                          - { field: employees, between: [50, 500] }
                          - { field: annualRevenue, gte: 1000000 }
                          - { field: custom.tier, lte: 2 }
                          - { field: country, equals: US }
                          - { not: { field: jobTitle, exists: false } }
                          - { any: [ { field: utm.source, contains: linked }, { field: jobTitle, matches: "^vp" } ] }
                """);

        assertThat(model.fit().rules().get(0).condition()).isEqualTo(new Condition.All(List.of(
                new Condition.Range("employees", 50, 500),
                Condition.Range.atLeast("annualRevenue", 1_000_000),
                Condition.Range.atMost("custom.tier", 2),
                new Condition.Equals("country", FieldValue.ofText("US").orElseThrow()),
                new Condition.Not(new Condition.Exists("jobTitle", false)),
                new Condition.Any(List.of(new Condition.Contains("utm.source", "linked"),
                        Condition.Matches.of("jobTitle", "^vp"))))));
    }

    @ParameterizedTest(name = "{0} is {1} days")
    @CsvSource({"P30D, 30", "P2W, 14", "P1DT12H, 1.5", "PT36H, 1.5"})
    void durationsAreFixedLengths(String text, double days) throws IOException {
        ScoringModel model = load("name: m\nversion: 1\nintent: { decay: { halfLife: " + text + " } }\n");

        assertThat(((Decay.HalfLife) model.intent().decay()).halfLife().toMinutes()).isEqualTo((long) (days * 1440));
    }

    @Test
    void aDocumentWithSeveralKindsOfProblemReportsEachOnce() throws IOException {
        Path file = dir.resolve("draft.yaml");
        Files.writeString(file, "name: d\nversion: 1\nfit: { min: 5, max: 1, rules: [ { id: a, points: 1, if: { field: x, equals: 1 } } ] }\n");

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> loader.load(file));

        assertThat(failure.problems()).extracting(ConfigProblem::line).containsExactly(
                file + ": fit.min: must not exceed fit.max",
                file + ": fit.rules[0] (a).if.field: unknown field \"x\" (use custom.x for another CRM property)");
    }
}
