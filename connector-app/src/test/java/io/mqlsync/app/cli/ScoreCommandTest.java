package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code mqlsync score}, run in-process with captured stdout and stderr. */
class ScoreCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    // halfLife P10D and events exactly 10 days old give factors of exactly 0.5
    private static final String MODEL = """
            name: tiny
            version: 2
            fit:
              rules:
                - { id: title-exec, points: 20, label: "Director or VP", if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
                - { id: big, points: 15, if: { field: employees, gte: 1000 } }
            intent:
              decay: { halfLife: P10D }
              rules:
                - { id: demo, points: 50, label: Demo, event: { type: FORM_SUBMITTED, where: { field: form, contains: demo } } }
                - { id: opens, points: 1, max: 3, event: { type: EMAIL_OPENED } }
            qualify: { fitMin: 20, intentMin: 20, scoreMin: 50 }
            """;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Clock clock, String... args) {
        return run(clock, "", args);
    }

    private Run runWithStdin(String stdin, String... args) {
        return run(Clock.fixed(NOW, ZoneOffset.UTC), stdin, args);
    }

    private Run run(Clock clock, String stdin, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine(TestCli.context(clock, stdin));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(Clock.fixed(NOW, ZoneOffset.UTC), args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void writesOneCardPerLeadInTheLayoutOfTheDesign() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        Path input = write("leads.jsonl", """
                {"id":"42","fields":{"email":"a@b.com","jobTitle":"VP Sales","employees":250},"events":[\
                {"type":"FORM_SUBMITTED","at":"2026-11-13T12:00:00Z","attrs":{"form":"Request a demo"}}]}
                """);

        Run run = run("score", "--model", model.toString(), "--input", input.toString());

        // fit 20 (VP; 250 < 1000); intent 50 x 0.5^(10d/10d) = 25; score 45 < 50: no MQL
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("{\"id\":\"42\",\"model\":\"tiny@2\",\"fit\":20.0,\"intent\":25.0,\"score\":45.0,"
                + "\"qualifies\":false,\"disqualified\":false,\"quadrant\":\"ROUTE\",\"contributions\":["
                + "{\"rule\":\"title-exec\",\"kind\":\"fit\",\"points\":20.0,\"decay\":1.0,\"evidence\":\"jobTitle=VP Sales\","
                + "\"label\":\"Director or VP\"},"
                + "{\"rule\":\"demo\",\"kind\":\"intent\",\"points\":25.0,\"decay\":0.5,"
                + "\"evidence\":\"FORM_SUBMITTED form=Request a demo at 2026-11-13\",\"label\":\"Demo\"}],"
                + "\"multiplier\":1.0}\n");
    }

    @Test
    void aContributionWithoutLabelHasNoLabelKeyAndNumbersAreRoundedToFourDecimals() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        // one open 1 day old: 0.5^(1/10) = 0.933032991...
        Path input = write("leads.jsonl", """
                {"id":"7","events":[{"type":"EMAIL_OPENED","at":"2026-11-22T12:00:00Z"}]}
                """);

        Run run = run("score", "-m", model.toString(), "-i", input.toString());

        assertThat(run.out()).contains("\"intent\":0.933,")
                .contains("{\"rule\":\"opens\",\"kind\":\"intent\",\"points\":0.933,\"decay\":0.933,"
                        + "\"evidence\":\"EMAIL_OPENED at 2026-11-22\"}]");
    }

    @Test
    void withoutAtTheInjectedClockIsNowAndAtOverridesIt() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        Path input = write("leads.jsonl", """
                {"id":"1","events":[{"type":"FORM_SUBMITTED","at":"2026-11-13T12:00:00Z","attrs":{"form":"demo"}}]}
                """);

        Run byClock = run(Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC),
                "score", "-m", model.toString(), "-i", input.toString());
        Run byOption = run("score", "-m", model.toString(), "-i", input.toString(), "--at", "2026-11-13T12:00:00Z");

        assertThat(byClock.out()).contains("\"intent\":12.5,");   // 20 days = two half-lives
        assertThat(byOption.out()).contains("\"intent\":50.0,");  // age 0
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndSkippedAndTheRunExitsOne() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        Path input = write("leads.jsonl", String.join("\n",
                "{\"id\":\"1\"}",
                "{\"id\":\"2\",\"fields\":{\"email\":\"x@y.com\"",
                "",
                "[1,2]",
                "{\"fields\":{}}",
                "{\"id\":\"3\",\"fields\":[]}",
                "{\"id\":\"4\",\"events\":[{\"type\":\"PAGE_VIEWED\",\"at\":\"last tuesday\"}]}",
                "{\"id\":\"5\",\"events\":[{\"at\":\"2026-11-20T10:00:00Z\"}]}",
                "{\"id\":\"6\",\"events\":{}}",
                "{\"id\":\"9\"}") + "\n");

        Run run = run("score", "-m", model.toString(), "-i", input.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"id\":\"1\"") || l.startsWith("{\"id\":\"9\""));
        assertThat(run.err().lines()).containsExactly(
                input + ":2: invalid JSON at column 38",
                input + ":4: expected a JSON object",
                input + ":5: id is missing or not a string",
                input + ":6: fields is not an object",
                input + ":7: events[0].at is missing or not an ISO-8601 instant",
                input + ":8: events[0].type is missing or not a string",
                input + ":9: events is not a list");
        assertThat(run.err()).doesNotContain("x@y.com");
    }

    @Test
    void unknownEventTypesAndGarbageValuesAreNotMalformedTheySimplyDoNotMatch() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        Path input = write("leads.jsonl", """
                {"id":"1","fields":{"jobTitle":"","employees":"lots","country":{"nested":true}},\
                "events":[{"type":"PHONE_CALL","at":"2026-11-20T10:00:00Z"},{"type":"form_submitted","at":"2026-11-20T10:00:00Z"}]}
                """);

        Run run = run("score", "-m", model.toString(), "-i", input.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\"id\":\"1\",\"model\":\"tiny@2\",\"fit\":0.0,\"intent\":0.0,\"score\":0.0,")
                .contains("\"contributions\":[]");
    }

    @Test
    void aBrokenModelPrintsItsProblemLinesExitsTwoAndWritesNothing() throws IOException {
        Path model = write("broken.yaml", """
                name: broken
                version: 1
                fit:
                  rules:
                    - { id: a, points: "20", if: { field: jobtitle, matches: "(vp" } }
                """);
        Path input = write("leads.jsonl", "{\"id\":\"1\"}\n");

        Run run = run("score", "-m", model.toString(), "-i", input.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                model + ": fit.rules[0] (a).points: expected a number, found string",
                model + ": fit.rules[0] (a).if.field: unknown field \"jobtitle\" (did you mean jobTitle?)",
                model + ": fit.rules[0] (a).if.matches: invalid regular expression: Unclosed group near index 3");
    }

    @Test
    void aDashReadsStandardInputAndErrorsNameIt() throws IOException {
        Path model = write("tiny.yaml", MODEL);

        Run run = runWithStdin("{\"id\":\"1\"}\nnot json\n", "score", "-m", model.toString(), "-i", "-");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"id\":\"1\",");
        assertThat(run.err().lines()).containsExactly("<stdin>:2: invalid JSON at column 1");
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreNotMalformed() throws IOException {
        Path model = write("tiny.yaml", MODEL);

        Run run = runWithStdin("\uFEFF{\"id\":\"1\"}\n\n   \n{\"id\":\"2\"}\n", "score", "-m", model.toString(), "-i", "-");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void inputThatIsNotUtf8FailsTheRunWithOneLine() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        Path input = dir.resolve("latin1.jsonl");
        Files.write(input, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});

        Run run = run("score", "-m", model.toString(), "-i", input.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "score: reading " + input + " failed at line 1 (MalformedInputException)");
    }

    @Test
    void aMissingInputIsAConfigErrorWithExitTwo() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        String missing = dir.resolve("nope.jsonl").toString();

        Run run = run("score", "-m", model.toString(), "-i", missing);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(missing + ": no such file");
    }

    @ParameterizedTest(name = "mqlsync {0}")
    @ValueSource(strings = {"score", "score --model m.yaml", "score -m m.yaml -i x.jsonl --at yesterday",
        "score -m m.yaml -i x.jsonl --colour", ""})
    void usageErrorsExitTwo(String commandLine) {
        Run run = run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Usage: mqlsync");
    }

    @Test
    void aMisspeltCommandIsAUsageErrorWithASuggestion() {
        Run run = run("valdate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unmatched argument at index 0: 'valdate'", "Did you mean: mqlsync validate");
    }

    @Test
    void anInstantThatIsNotIso8601IsAUsageErrorSayingWhatIsExpected() throws IOException {
        Run run = run("score", "-m", "m.yaml", "-i", "x.jsonl", "--at", "yesterday");

        assertThat(run.err()).startsWith("Invalid value for option '--at': "
                + "'yesterday' is not an ISO-8601 instant such as 2026-11-20T10:00:00Z");
    }

    @Test
    void anInstantWithAnOffsetIsAccepted() throws IOException {
        Path model = write("tiny.yaml", MODEL);
        Path input = write("leads.jsonl", """
                {"id":"1","events":[{"type":"FORM_SUBMITTED","at":"2026-11-13T13:00:00+01:00","attrs":{"form":"demo"}}]}
                """);

        Run run = run("score", "-m", model.toString(), "-i", input.toString(), "--at", "2026-11-23T13:00:00+01:00");

        assertThat(run.out()).contains("\"intent\":25.0,");
    }

    @ParameterizedTest(name = "mqlsync {0}")
    @ValueSource(strings = {"--help", "score --help"})
    void everyCommandHasHelp(String commandLine) {
        Run run = run(commandLine.split(" "));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: mqlsync").contains("Exit codes");
    }

    @Test
    void theShippedExampleScoresEveryLineWithEveryShippedModel() throws IOException {
        Path example = Path.of("..", "config", "examples", "leads.jsonl");
        long leads = Files.readAllLines(example).stream().filter(l -> !l.isBlank()).count();
        for (String model : new String[] {"startup", "smb", "enterprise"}) {
            Run run = run("score", "-m", Path.of("..", "config", "models", model + ".yaml").toString(),
                    "-i", example.toString());

            assertThat(run.exit()).as(model).isZero();
            assertThat(run.err()).as(model).isEmpty();
            assertThat(run.out().lines()).as(model).hasSize((int) leads)
                    .allMatch(l -> l.contains("\"model\":\"" + model + "@1\""));
        }
    }
}
