package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OAuth token endpoint over OkHttp: JWT bearer and client credentials, and how Salesforce refuses them. */
class OAuthTokenEndpointTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private SalesforceSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock).build());
    }

    @AfterEach
    void stop() {
        SandboxFixture.assertConformsToWsdl(sandbox);
        sandbox.close();
    }

    private PrivateKey key() {
        return SandboxFixture.Keys.PAIR.getPrivate();
    }

    private String clientId() {
        return sandbox.credentials().clientId();
    }

    private String username() {
        return sandbox.credentials().username();
    }

    @Test
    void signedJwtGetsASessionThatThePartnerApiAccepts() throws Exception {
        String jwt = SandboxFixture.jwt(key(), clientId(), username(), sandbox.loginUrl(), NOW.plusSeconds(120));

        JsonNode answer = SandboxFixture.token(sandbox, SandboxFixture.jwtBearer(jwt));

        assertThat(answer.path("_status").asInt()).isEqualTo(200);
        assertThat(answer.path("instance_url").asText()).isEqualTo(sandbox.instanceUrl());
        assertThat(answer.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.has("refresh_token")).isFalse();
        String token = answer.path("access_token").asText();
        assertThat(token).startsWith(sandbox.orgId().substring(0, 15) + "!");
        assertThat(SandboxFixture.connect(sandbox, token).query("SELECT Id FROM User").getSize()).isEqualTo(1);
        assertThat(sandbox.journal().tokenRequests()).containsEntry("jwt-bearer:ok", 1L);
    }

    @Test
    void productionLoginUrlIsAnAcceptedAudienceToo() throws Exception {
        String jwt = SandboxFixture.jwt(key(), clientId(), username(), "https://login.salesforce.com",
                NOW.plusSeconds(60));

        assertThat(SandboxFixture.token(sandbox, SandboxFixture.jwtBearer(jwt)).path("_status").asInt())
                .isEqualTo(200);
    }

    @Test
    void jwtSignedWithAnotherKeyIsRefusedAsAnInvalidAssertion() throws Exception {
        PrivateKey forger = SandboxFixture.Keys.generate().getPrivate();
        String forged = SandboxFixture.jwt(forger, clientId(), username(), sandbox.loginUrl(), NOW.plusSeconds(60));

        JsonNode answer = SandboxFixture.token(sandbox, SandboxFixture.jwtBearer(forged));

        assertThat(answer.path("_status").asInt()).isEqualTo(400);
        assertThat(answer.path("error").asText()).isEqualTo("invalid_grant");
        assertThat(answer.path("error_description").asText()).isEqualTo("invalid assertion");
        assertThat(answer.has("access_token")).isFalse();
    }

    @Test
    void jwtWithTamperedClaimsIsRefused() throws Exception {
        String jwt = SandboxFixture.jwt(key(), clientId(), username(), sandbox.loginUrl(), NOW.plusSeconds(60));
        String[] parts = jwt.split("\\.");
        String otherClaims = SandboxFixture.jwt(key(), clientId(), "ceo@acme.test", sandbox.loginUrl(),
                NOW.plusSeconds(60)).split("\\.")[1];

        JsonNode answer = SandboxFixture.token(sandbox,
                SandboxFixture.jwtBearer(parts[0] + "." + otherClaims + "." + parts[2]));

        assertThat(answer.path("error_description").asText()).isEqualTo("invalid assertion");
    }

    /** Claims that Salesforce refuses though the signature is good. */
    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "expired a minute ago         | invalid_grant     | expired authorization code",
        "expires in an hour           | invalid_grant     | expired authorization code",
        "issued by another app        | invalid_client_id | client identifier invalid",
        "for another audience         | invalid_grant     | audience is invalid",
        "for an unknown user          | invalid_grant     | user hasn't approved this consumer",
    })
    void badClaimsAreRefusedAsSalesforceDoes(String claims, String error, String description) throws Exception {
        String iss = claims.startsWith("issued") ? "3MVG9someOtherApp" : clientId();
        String sub = claims.endsWith("unknown user") ? "nobody@acme.test" : username();
        String aud = claims.startsWith("for another") ? "https://evil.example" : sandbox.loginUrl();
        Instant exp = claims.startsWith("expired") ? NOW.minus(Duration.ofMinutes(1))
                : claims.startsWith("expires in an hour") ? NOW.plus(Duration.ofHours(1)) : NOW.plusSeconds(60);

        JsonNode answer = SandboxFixture.token(sandbox, SandboxFixture.jwtBearer(
                SandboxFixture.jwt(key(), iss, sub, aud, exp)));

        assertThat(answer.path("_status").asInt()).isEqualTo(400);
        assertThat(answer.path("error").asText()).isEqualTo(error);
        assertThat(answer.path("error_description").asText()).isEqualTo(description);
    }

    @Test
    void inactiveUserCannotGetASession() throws Exception {
        sandbox.admin().addUser("former@acme.test", "Former", "Employee", false);
        String jwt = SandboxFixture.jwt(key(), clientId(), "former@acme.test", sandbox.loginUrl(),
                NOW.plusSeconds(60));

        JsonNode answer = SandboxFixture.token(sandbox, SandboxFixture.jwtBearer(jwt));

        assertThat(answer.path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void clientCredentialsRunAsTheIntegrationUser() throws Exception {
        SalesforceSandboxCredentials c = sandbox.credentials();

        JsonNode answer = SandboxFixture.token(sandbox, SandboxFixture.clientCredentials(c.clientId(),
                c.clientSecret()));
        var connection = SandboxFixture.connect(sandbox, answer.path("access_token").asText());

        assertThat(answer.path("_status").asInt()).isEqualTo(200);
        assertThat(connection.getUserInfo().getUserName()).isEqualTo(c.username());
    }

    @Test
    void clientCredentialsInABasicAuthorizationHeaderAreAccepted() throws Exception {
        SalesforceSandboxCredentials c = sandbox.credentials();
        Request request = new Request.Builder().url(sandbox.tokenUrl())
                .header("Authorization", Credentials.basic(c.clientId(), c.clientSecret()))
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build()).build();

        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(SandboxFixture.JSON.readTree(response.body().string()).path("access_token").asText())
                    .isNotEmpty();
        }
    }

    @Test
    void wrongClientSecretIsAnInvalidClient() throws Exception {
        JsonNode answer = SandboxFixture.token(sandbox, SandboxFixture.clientCredentials(clientId(), "guess"));

        assertThat(answer.path("_status").asInt()).isEqualTo(400);
        assertThat(answer.path("error").asText()).isEqualTo("invalid_client");
        assertThat(answer.path("error_description").asText()).isEqualTo("invalid client credentials");
        assertThat(sandbox.journal().tokenRequests()).containsEntry("client_credentials:invalid_client", 1L);
    }

    @Test
    void unknownGrantTypeIsUnsupported() throws Exception {
        JsonNode answer = SandboxFixture.token(sandbox, new FormBody.Builder().add("grant_type", "password")
                .add("username", "u").add("password", "p").build());

        assertThat(answer.path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void connectedAppCertificateVerifiesAssertionsSignedWithItsKey(@TempDir Path dir)
            throws Exception {
        Path store = dir.resolve("connected-app.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-genkeypair", "-alias", "app", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=mqlsync sandbox test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        keytool.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        X509Certificate certificate = (X509Certificate) ks.getCertificate("app");
        PrivateKey appKey = (PrivateKey) ks.getKey("app", "changeit".toCharArray());

        try (SalesforceSandbox sf = SalesforceSandbox.start(SalesforceSandboxOptions.builder().clock(clock)
                .jwtCertificate(certificate).build())) {
            String jwt = SandboxFixture.jwt(appKey, sf.credentials().clientId(), sf.credentials().username(),
                    sf.loginUrl(), NOW.plusSeconds(60));
            String forged = SandboxFixture.jwt(key(), sf.credentials().clientId(), sf.credentials().username(),
                    sf.loginUrl(), NOW.plusSeconds(60));

            assertThat(SandboxFixture.token(sf, SandboxFixture.jwtBearer(jwt)).path("_status").asInt()).isEqualTo(200);
            assertThat(SandboxFixture.token(sf, SandboxFixture.jwtBearer(forged)).path("error_description").asText())
                    .isEqualTo("invalid assertion");
            assertThat(sf.credentials().jwtSigningKey()).isEmpty();
        }
    }

    @Test
    void sandboxWithoutAConfiguredKeyHandsOutTheSigningKeyOfTheKeyPairItGenerated() throws Exception {
        try (SalesforceSandbox own = SalesforceSandbox.start(SalesforceSandboxOptions.builder().clock(clock).build())) {
            PrivateKey generated = own.credentials().jwtSigningKey().orElseThrow();
            String jwt = SandboxFixture.jwt(generated, own.credentials().clientId(), own.credentials().username(),
                    own.loginUrl(), NOW.plusSeconds(60));

            assertThat(SandboxFixture.token(own, SandboxFixture.jwtBearer(jwt)).path("_status").asInt())
                    .isEqualTo(200);
            String pem = own.credentials().jwtSigningKeyPem().orElseThrow();
            byte[] der = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", ""));
            PrivateKey fromPem = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            String viaPem = SandboxFixture.jwt(fromPem, own.credentials().clientId(), own.credentials().username(),
                    own.loginUrl(), NOW.plusSeconds(60));
            assertThat(SandboxFixture.token(own, SandboxFixture.jwtBearer(viaPem)).path("_status").asInt())
                    .isEqualTo(200);
            assertThat(own.credentials().toString()).doesNotContain(own.credentials().clientSecret())
                    .doesNotContain(own.credentials().username());
        }
    }
}
