package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.scoring.Decay;
import io.mqlsync.core.scoring.ScoringModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The models and schema shipped in {@code config/} at the repository root. */
class ShippedModelsTest {
    private static final Path CONFIG = Path.of("..", "config");

    static Stream<Path> shippedModels() throws IOException {
        try (Stream<Path> files = Files.list(CONFIG.resolve("models"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedModels")
    void everyShippedModelLoadsWithFitAsAGateAndDecay(Path file) {
        ScoringModel model = new ModelLoader().load(file);

        assertThat(file.getFileName().toString()).isEqualTo(model.name() + ".yaml");
        assertThat(model.fit().rules()).isNotEmpty();
        assertThat(model.intent().rules()).isNotEmpty();
        assertThat(model.qualify().fitMin()).isPresent();
        assertThat(model.intent().sources()).as("organic and paid sources weighted").hasSizeGreaterThanOrEqualTo(2);
        assertThat(model.intent().sources().get(0).multiplier())
                .isGreaterThan(model.intent().sources().get(1).multiplier());
        assertThat(model.intent().decay()).isNotEqualTo(Decay.none());
    }

    @Test
    void theIssueNamesThreeShippedModels() throws IOException {
        assertThat(shippedModels().map(p -> p.getFileName().toString()))
                .contains("startup.yaml", "smb.yaml", "enterprise.yaml");
    }

    @Test
    void theJarCarriesTheSchemaFromTheRepositoryRootUnchanged() throws IOException {
        byte[] atRoot = Files.readAllBytes(CONFIG.resolve("schema").resolve("model.schema.json"));
        try (InputStream packaged = ModelLoader.class.getResourceAsStream(ModelLoader.SCHEMA_RESOURCE)) {
            assertThat(packaged).isNotNull();
            assertThat(packaged.readAllBytes()).isEqualTo(atRoot);
        }
    }
}
