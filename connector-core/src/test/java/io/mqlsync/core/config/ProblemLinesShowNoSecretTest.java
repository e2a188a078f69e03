package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No problem line ever shows a secret (literal, from the environment or from a file) or an owner's
 * email, even where a message quotes the value it refuses.
 */
class ProblemLinesShowNoSecretTest {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(accessToken|clientSecret|refreshToken|privateKey):\\s*\"?([^\"#\\s]+)");

    @Test
    void noLineOfTheBrokenCorpusShowsASecretOrAnEmailOfItsFile() throws IOException {
        for (String name : BrokenInstanceConfigsTest.brokenConfigs().toList()) {
            Path file = BrokenInstanceConfigsTest.CORPUS.resolve(name);
            List<String> forbidden = forbiddenIn(Files.readString(file));
            forbidden.addAll(ConfigFiles.VARIABLES.values());

            List<String> lines = lines(() -> ConfigFiles.loader().load(file));

            for (String value : forbidden) {
                assertThat(lines).as(name).noneMatch(line -> line.contains(value));
            }
        }
    }

    @Test
    void interpolatedSecretsAreMaskedWhereAMessageWouldQuoteThem(@org.junit.jupiter.api.io.TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("key.pem"), "line-one-of-a-key\nline-two-of-a-key\n");
        Path file = directory.resolve("acme.yaml");
        Files.writeString(file, ConfigFiles.HUBSPOT_HEADER + """
                schedule: { cron: "${HUBSPOT_TOKEN}", zone: "${SF_CLIENT_SECRET}" }
                tasks: { sla: "${file:key.pem}", subject: "Call {${MQLSYNC_SANDBOX_TOKEN}}" }
                routing: { defaultPool: ["${HUBSPOT_TOKEN}"] }
                """);

        List<String> lines = lines(() -> ConfigFiles.loader().load(file));

        assertThat(lines).hasSize(5).filteredOn(line -> !line.contains("defaultPool")).allMatch(line -> line.contains("***"));
        assertThat(String.join("\n", lines)).doesNotContain(ConfigFiles.TOKEN, "sf-client-secret-value-42",
                "line-one-of-a-key", "line-two-of-a-key", "sandbox-token-for-tests");
    }

    /** The emails and literal secrets of a file, outside its comments (its expected lines). */
    private static List<String> forbiddenIn(String file) {
        String yaml = String.join("\n", file.lines().filter(l -> !l.startsWith("#")).toList());
        List<String> values = new ArrayList<>();
        Matcher email = EMAIL.matcher(yaml);
        while (email.find()) {
            values.add(email.group());
        }
        Matcher secret = SECRET_VALUE.matcher(yaml);
        while (secret.find()) {
            if (!secret.group(2).startsWith("${")) {
                values.add(secret.group(2));
            }
        }
        return values;
    }

    private static List<String> lines(Runnable load) {
        ConfigException failure = catchThrowableOfType(ConfigException.class, load::run);
        assertThat(failure).isNotNull();
        return failure.problems().stream().map(ConfigProblem::line).toList();
    }
}
