package io.mqlsync.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes instance configs for tests under {@code target/} and loads them against a fixed environment, so
 * that expected lines can name the file simply ({@code acme.yaml: ...}).
 */
final class ConfigFiles {
    static final Path DIRECTORY = Path.of("target", "instance-config-tests");
    static final Path MODEL = Path.of("src", "test", "resources", "models", "b2b-default.yaml").toAbsolutePath();
    static final String TOKEN = "pat-na1-0123456789-secret-token";
    static final Map<String, String> VARIABLES = Map.of("HUBSPOT_TOKEN", TOKEN, "SF_CLIENT_SECRET",
            "sf-client-secret-value-42", "MQLSYNC_SANDBOX_TOKEN", "sandbox-token-for-tests", "BLANK_TOKEN", "  ");
    static final Path WORKING_DIRECTORY = Path.of("/srv/mqlsync");

    /** A HubSpot instance with a token from the environment and the DESIGN model, before the blocks under test. */
    static final String HUBSPOT_HEADER = """
            instance: acme
            crm: hubspot
            hubspot: { accessToken: "${HUBSPOT_TOKEN}" }
            model: %s
            """.formatted(MODEL);

    /** The same for Salesforce, with a client secret from the environment. */
    static final String SALESFORCE_HEADER = """
            instance: acme-sf
            crm: salesforce
            salesforce:
              loginUrl: https://login.salesforce.com
              oauth:
                flow: client_credentials
                clientId: 3MVG9abc
                clientSecret: ${SF_CLIENT_SECRET}
            model: %s
            """.formatted(MODEL);

    private ConfigFiles() {
    }

    static InstanceConfigLoader loader() {
        return new InstanceConfigLoader(CheckingCrmProvider.both(),
                ConfigEnvironment.of(VARIABLES, Optional.empty(), WORKING_DIRECTORY));
    }

    static Path write(String name, String yaml) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name);
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InstanceConfig load(String name, String yaml) {
        return loader().load(write(name, yaml));
    }

    /** The problem lines of loading {@code yaml}, each naming the file by its name only. */
    static List<String> problems(String name, String yaml) {
        Path file = write(name, yaml);
        try {
            loader().load(file);
        } catch (ConfigException e) {
            return e.problems().stream().map(p -> p.line().replace(file.toString(), name)).toList();
        }
        throw new AssertionError(name + " loaded, but problems were expected");
    }
}
