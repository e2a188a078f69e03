package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken models in {@code src/test/resources/broken-models}: each file states the exact
 * lines loading it must print, as {@code # expect: <path>: <message>} comments, in order.
 */
class BrokenModelsTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "broken-models");
    private static final String EXPECT = "# expect: ";

    private final ModelLoader loader = new ModelLoader();

    static Stream<String> brokenModels() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenModels")
    void eachBrokenModelPrintsExactlyItsExpectedLines(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        List<String> expected = Files.readAllLines(file).stream()
                .filter(line -> line.startsWith(EXPECT))
                .map(line -> file + ": " + line.substring(EXPECT.length()))
                .toList();
        assertThat(expected).as("the file states what it expects").isNotEmpty();

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> loader.load(file));

        assertThat(failure).as("loading must fail").isNotNull();
        assertThat(failure.problems()).extracting(ConfigProblem::line).containsExactlyElementsOf(expected);
        assertThat(failure.getMessage()).isEqualTo(String.join(System.lineSeparator(), expected));
    }

    @Test
    void theCorpusCoversAtLeastTwentyKindsOfProblem() throws IOException {
        assertThat(brokenModels().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aMissingFileIsOneLine() {
        Path file = CORPUS.resolve("no-such-model.yaml");

        ConfigException failure = catchThrowableOfType(ConfigException.class, () -> loader.load(file));

        assertThat(failure.problems()).extracting(ConfigProblem::line).containsExactly(file + ": no such file");
    }
}
