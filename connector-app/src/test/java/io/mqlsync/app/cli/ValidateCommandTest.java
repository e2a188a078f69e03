package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyProblemOfABrokenConfigIsOneLineNamingFileAndFieldAndExitsTwo() throws IOException {
        Path config = Files.writeString(dir.resolve("broken.yaml"), """
                instance: acme
                crm: hubspot
                hubspot:
                  baseUrl: http://api.example.com
                  accessToken: pat-na1-literal-secret
                model: ../models/missing.yaml
                schedule: { cron: "every day", zone: Mars/Olympus }
                lifecycle: { expireAfter: "14 days" }
                """);

        TestCli.Run run = TestCli.run(TestCli.context(Clock.systemUTC(), "", Map.of(), dir), "validate", "-c", config.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("pat-na1-literal-secret");
        Path model = dir.getParent().resolve("models/missing.yaml");
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).startsWith(line.startsWith(model.toString())
                ? model + ": " : config + ": ")).contains(
                config + ": hubspot.baseUrl: http:// is refused except on loopback (localhost, 127.0.0.1, [::1]): use https://",
                config + ": hubspot.accessToken: a secret must not be written in the file: give it as ${ENV_VAR} or ${file:PATH}",
                model + ": no such file",
                config + ": schedule.cron: \"every day\" is not a Quartz cron expression (seconds minutes hours day-of-month "
                        + "month day-of-week [year], e.g. \"0 */15 * * * ?\"): Illegal characters for this position",
                config + ": schedule.zone: \"Mars/Olympus\" is not a time zone (e.g. UTC, America/New_York)",
                config + ": lifecycle.expireAfter: \"14 days\" is not an ISO-8601 duration (e.g. P30D, PT12H, P2W)");
    }

    @Test
    void aMissingConfigFileIsAConfigError() {
        TestCli.Run run = TestCli.run(TestCli.context(Clock.systemUTC(), "", Map.of(), dir), "validate", "-c",
                dir.resolve("nope.yaml").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith(dir.resolve("nope.yaml") + ": ");
    }
}
