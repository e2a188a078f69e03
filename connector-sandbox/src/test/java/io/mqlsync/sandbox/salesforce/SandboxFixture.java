package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Starts sandboxes for tests, checked against the partner WSDL from {@code mqlsync.specs.dir} when that folder
 * exists (and says so loudly when it does not), and connects force-wsc and OkHttp to them as a real client would.
 */
final class SandboxFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient();

    private SandboxFixture() {
    }

    /** @return options with the WSDL check on where the specs are present */
    static SalesforceSandboxOptions.Builder options(MutableClock clock) {
        SalesforceSandboxOptions.Builder b = SalesforceSandboxOptions.builder().clock(clock)
                .jwtPublicKey(Keys.PAIR.getPublic());
        Wsdl.LOADED.ifPresent(b::validateAgainst);
        return b;
    }

    /** One RSA key pair per test JVM: generating one per sandbox would dominate the suite's time. */
    static final class Keys {
        static final KeyPair PAIR = generate();

        private Keys() {
        }

        static KeyPair generate() {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                return g.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Loads the WSDL once per test JVM: it is 860 kB and every test starts a sandbox. */
    static final class Wsdl {
        static final Optional<PartnerWsdl> LOADED = partnerWsdlPath().map(PartnerWsdl::load);

        private Wsdl() {
        }
    }

    static Optional<Path> partnerWsdlPath() {
        Path wsdl = Path.of(System.getProperty("mqlsync.specs.dir", "../shared/specs"), "salesforce", "partner.wsdl");
        if (Files.isRegularFile(wsdl)) {
            return Optional.of(wsdl);
        }
        System.err.println("WARNING: " + wsdl.toAbsolutePath() + " is missing: Salesforce sandbox responses are NOT"
                + " checked against the partner WSDL in this run");
        return Optional.empty();
    }

    /** Fails the test when any response broke the partner WSDL. */
    static void assertConformsToWsdl(SalesforceSandbox sandbox) {
        assertThat(sandbox.journal().schemaViolations()).as("responses not conforming to partner.wsdl").isEmpty();
    }

    /** @return the JSON answer of the token endpoint, status included as {@code _status} */
    static JsonNode token(SalesforceSandbox sandbox, FormBody form) throws IOException {
        Request request = new Request.Builder().url(sandbox.tokenUrl()).post(form).build();
        try (Response response = HTTP.newCall(request).execute()) {
            JsonNode body = JSON.readTree(response.body().string());
            ((ObjectNode) body).put("_status", response.code());
            return body;
        }
    }

    static FormBody clientCredentials(String clientId, String secret) {
        return new FormBody.Builder().add("grant_type", "client_credentials").add("client_id", clientId)
                .add("client_secret", secret).build();
    }

    static FormBody jwtBearer(String assertion) {
        return new FormBody.Builder().add("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                .add("assertion", assertion).build();
    }

    /** @return an RS256 JWT with these claims, signed with {@code key} */
    static String jwt(PrivateKey key, String iss, String sub, String aud, Instant exp) {
        String header = b64("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64(JSON.createObjectNode().put("iss", iss).put("sub", sub).put("aud", aud)
                .put("exp", exp.getEpochSecond()).toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + b64(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @return an access token through the client credentials flow */
    static String accessToken(SalesforceSandbox sandbox) throws IOException {
        SalesforceSandboxCredentials c = sandbox.credentials();
        JsonNode answer = token(sandbox, clientCredentials(c.clientId(), c.clientSecret()));
        assertThat(answer.path("_status").asInt()).isEqualTo(200);
        return answer.path("access_token").asText();
    }

    /** @return a force-wsc partner connection on a fresh session */
    static PartnerConnection connect(SalesforceSandbox sandbox) throws IOException, ConnectionException {
        return connect(sandbox, accessToken(sandbox));
    }

    static PartnerConnection connect(SalesforceSandbox sandbox, String sessionId) throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sessionId);
        config.setServiceEndpoint(sandbox.serviceEndpoint());
        config.setConnectionTimeout(5_000);
        config.setReadTimeout(10_000);
        return Connector.newConnection(config);
    }
}
