package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken instance configs in {@code src/test/resources/broken-instance-configs}: each file
 * states the exact lines loading it must print, in order, as {@code # expect: <path>: <message>} (a line
 * of the file itself) or {@code # expect-line: <line>} (a whole line, for the problems of its model file).
 * They load against {@link ConfigFiles#VARIABLES} with both CRMs installed.
 */
class BrokenInstanceConfigsTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "broken-instance-configs");
    private static final String EXPECT = "# expect: ";
    private static final String EXPECT_LINE = "# expect-line: ";

    static Stream<String> brokenConfigs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenConfigs")
    void eachBrokenConfigPrintsExactlyItsExpectedLines(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        List<String> expected = expectedLines(file);
        assertThat(expected).as("the file states what it expects").isNotEmpty();

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> ConfigFiles.loader().load(file));

        assertThat(failure).as("loading must fail").isNotNull();
        assertThat(failure.problems()).extracting(ConfigProblem::line).containsExactlyElementsOf(expected);
        assertThat(failure.getMessage()).isEqualTo(String.join(System.lineSeparator(), expected));
    }

    @Test
    void theCorpusHasAtLeastThirtyBrokenConfigs() throws IOException {
        assertThat(brokenConfigs().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aMissingFileIsOneLine() {
        Path file = CORPUS.resolve("no-such-config.yaml");

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> ConfigFiles.loader().load(file));

        assertThat(failure.problems()).extracting(ConfigProblem::line).containsExactly(file + ": no such file");
    }

    static List<String> expectedLines(Path file) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(EXPECT)) {
                expected.add(file + ": " + line.substring(EXPECT.length()));
            } else if (line.startsWith(EXPECT_LINE)) {
                expected.add(line.substring(EXPECT_LINE.length()));
            }
        }
        return expected;
    }
}
