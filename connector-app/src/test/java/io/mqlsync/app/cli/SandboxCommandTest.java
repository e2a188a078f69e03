package io.mqlsync.app.cli;

import io.mqlsync.core.spi.CrmProviders;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
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
    void runsASeededFakeSalesforceWhoseJwtKeyFileIsOwnerOnlyAndNeverPrinted() {
        Pattern login = Pattern.compile("loginUrl:\\s+(http://\\S+)");
        Pattern clientId = Pattern.compile("clientId:\\s+(\\S+)");
        Pattern username = Pattern.compile("username:\\s+(\\S+)");
        Pattern keyPath = Pattern.compile("privateKey:\\s+(\\S+)");
        List<Path> keys = new ArrayList<>();
        StopSignal signInThenStop = () -> signIn(login, clientId, username, keyPath, keys);
        CommandLine command = Main.commandLine(new CliContext(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"),
                ZoneOffset.UTC), new ByteArrayInputStream(new byte[0]), signInThenStop, Map.of(), Path.of("")));
        command.setOut(new PrintWriter(out));

        int exit = command.execute("sandbox", "--crm", "salesforce", "--contacts", "25", "--seed", "7");

        assertThat(exit).isZero();
        assertThat(statuses).containsExactly(200);
        assertThat(out.toString()).contains("Fake Salesforce with 25 leads");
        assertThat(keys).singleElement().satisfies(k -> assertThat(Files.exists(k)).as("key deleted on stop").isFalse());
    }

    /** While "running", the test signs in as a user would: a JWT signed with the printed key file. */
    private void signIn(Pattern login, Pattern clientId, Pattern username, Pattern keyPath, List<Path> keys) {
        try {
            String printed = out.toString();
            Path key = Path.of(group(keyPath, printed));
            keys.add(key);
            assertThat(printed).doesNotContain("PRIVATE KEY");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
            }
            String assertion = jwt(Files.readString(key), group(clientId, printed), group(username, printed),
                    group(login, printed));
            statuses.add(postToken(group(login, printed) + "/services/oauth2/token", assertion));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("printed " + pattern).isTrue();
        return m.group(1);
    }

    /** An RS256 JWT bearer assertion, as a connected app would sign it with the printed key file. */
    private static String jwt(String pem, String iss, String sub, String aud) throws java.security.GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + iss + "\",\"sub\":\"" + sub + "\",\"aud\":\"" + aud
                + "\",\"exp\":" + (Instant.now().getEpochSecond() + 120) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64.encodeToString(rs256.sign());
    }

    private static int postToken(String url, String assertion) {
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + assertion;
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
