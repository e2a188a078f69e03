package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples shipped in {@code config/instances} load with the shipped models, given the variables and
 * secret files they document. They are copied beside a copy of {@code config/models}, so the test writes
 * no secret file into the repository.
 */
class ShippedInstanceConfigsTest {
    private static final Path CONFIG = Path.of("..", "config");
    private static final Map<String, String> VARIABLES = Map.of("HUBSPOT_TOKEN", "pat-na1-example-token",
            "MQLSYNC_SANDBOX_TOKEN", "sandbox-example-token");

    @TempDir
    Path copy;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hubspot-example.yaml", "salesforce-example.yaml", "demo.yaml", "demo-salesforce.yaml"})
    void eachShippedExampleLoads(String name) throws IOException {
        copyTree(CONFIG.resolve("instances"), copy.resolve("instances"));
        copyTree(CONFIG.resolve("models"), copy.resolve("models"));
        Files.createDirectories(copy.resolve("instances/secrets"));
        for (String key : new String[] {"instances/secrets/salesforce-jwt.key", "instances/sandbox-jwt.key"}) {
            Files.writeString(copy.resolve(key), "-----BEGIN PRIVATE KEY-----\nexample\n-----END PRIVATE KEY-----\n");
        }
        InstanceConfigLoader loader = new InstanceConfigLoader(CheckingCrmProvider.both(),
                ConfigEnvironment.of(VARIABLES, Optional.empty(), Path.of("/srv/mqlsync")));

        InstanceConfig config = loader.load(copy.resolve("instances").resolve(name));

        assertThat(config.model().name()).isNotBlank();
        Optional<Secret> credential = config.crm() == CrmKind.HUBSPOT ? config.crmSettings().secret("accessToken")
                : config.crmSettings().block("oauth").flatMap(oauth -> oauth.secret("privateKey"));
        assertThat(credential).map(Secret::reveal).hasValueSatisfying(value -> assertThat(value)
                .isIn("pat-na1-example-token", "sandbox-example-token",
                        "-----BEGIN PRIVATE KEY-----\nexample\n-----END PRIVATE KEY-----"));
        assertThat(Files.readString(CONFIG.resolve("instances").resolve(name))).startsWith("# yaml-language-server");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
