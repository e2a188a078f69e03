package io.mqlsync.app.cli;

import io.mqlsync.core.spi.CrmProviders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxCommandTest {
    private static final Pattern BASE_URL = Pattern.compile("baseUrl:\\s+(http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern TOKEN = Pattern.compile("accessToken:\\s+(\\S+)");

    private final StringWriter out = new StringWriter();
    private final List<Integer> statuses = new ArrayList<>();

    /** While "running", the test acts as a user would: it calls the printed URL with the printed token. */
    private final StopSignal callThenStop = () -> {
        Matcher url = BASE_URL.matcher(out.toString());
        Matcher token = TOKEN.matcher(out.toString());
        assertThat(url.find()).as("printed base URL").isTrue();
        assertThat(token.find()).as("printed token").isTrue();
        statuses.add(get(url.group(1) + "/crm/v3/objects/contacts?limit=5", token.group(1)));
        statuses.add(get(url.group(1) + "/crm/v3/objects/contacts?limit=5", "wrong-token"));
    };

    @Test
    void runsASeededFakeHubSpotThatAnswersWithThePrintedCredentialsUntilStopped() {
        CommandLine command = Main.commandLine(new CliContext(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"),
                ZoneOffset.UTC), new ByteArrayInputStream(new byte[0]), callThenStop, Map.of(), Path.of(""),
                CrmProviders.installed(), false));
        command.setOut(new PrintWriter(out));

        int exit = command.execute("sandbox", "--crm", "hubspot", "--contacts", "25", "--seed", "7");

        assertThat(exit).isZero();
        assertThat(statuses).containsExactly(200, 401);
        assertThat(out.toString()).contains("Fake HubSpot with 25 contacts (seed 7) is listening.");
    }

    @Test
    void anUnknownCrmIsAUsageError() {
        CommandLine command = Main.commandLine(TestCli.context(Clock.systemUTC(), ""));
        command.setErr(new PrintWriter(new StringWriter()));
        assertThat(command.execute("sandbox", "--crm", "dynamics")).isEqualTo(2);
    }

    private static int get(String url, String token) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
