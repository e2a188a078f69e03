package io.mqlsync.salesforce.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.TransientCrmException;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Gets a session from the org's token endpoint over OkHttp, by the JWT bearer or the client credentials
 * flow. Failures are classified for the call policy: refused credentials are {@link CrmAuthException},
 * I/O and 5xx are {@link TransientCrmException}. Neither the assertion, the secret nor the token ever
 * reaches a message. Thread-safe.
 */
public final class SalesforceOAuth {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final SalesforceCredentials credentials;
    private final OkHttpClient http;
    private final Clock clock;
    private final Optional<JwtAssertion> jwt;

    /**
     * @param http  the instance's client (timeouts set); shared, never closed here
     * @param clock signs assertions; the only source of time
     * @throws CrmAuthException when the JWT flow's private key cannot be read
     */
    public SalesforceOAuth(SalesforceCredentials credentials, OkHttpClient http, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jwt = credentials.flow() == OAuthFlow.JWT
                ? Optional.of(JwtAssertion.fromPem(credentials.privateKey().orElseThrow())) : Optional.empty();
    }

    /**
     * Requests a new session.
     *
     * @throws CrmAuthException      when the org refuses the credentials
     * @throws TransientCrmException when the endpoint cannot be reached or fails with 5xx or 429
     */
    public SalesforceToken authenticate() {
        Request request = new Request.Builder().url(credentials.tokenUrl()).post(form()).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body.string();
            if (response.code() >= 500 || response.code() == 429) {
                throw new TransientCrmException("salesforce token endpoint answered HTTP " + response.code(), null);
            }
            JsonNode json = parse(text, response.code());
            if (!response.isSuccessful()) {
                throw new CrmAuthException("salesforce refused the " + credentials.flow().configName() + " token request: "
                        + json.path("error").asText("HTTP " + response.code()) + " ("
                        + json.path("error_description").asText("no description") + ")");
            }
            String token = json.path("access_token").asText("");
            String instance = json.path("instance_url").asText("");
            if (token.isBlank() || instance.isBlank()) {
                throw new CrmAuthException("salesforce token response lacks access_token or instance_url");
            }
            return new SalesforceToken(new Secret(token), instance);
        } catch (IOException e) {
            throw new TransientCrmException("salesforce token endpoint unreachable: " + e.getClass().getSimpleName(), e);
        }
    }

    private FormBody form() {
        FormBody.Builder form = new FormBody.Builder();
        if (credentials.flow() == OAuthFlow.JWT) {
            String assertion = jwt.orElseThrow().sign(credentials.clientId(), credentials.username().orElseThrow(),
                    audience(), clock.instant());
            return form.add("grant_type", JWT_GRANT).add("assertion", assertion).build();
        }
        return form.add("grant_type", "client_credentials").add("client_id", credentials.clientId())
                .add("client_secret", credentials.clientSecret().orElseThrow().reveal()).build();
    }

    /**
     * Salesforce expects {@code https://login.salesforce.com} or {@code https://test.salesforce.com} as the
     * audience, also when the token endpoint is a My Domain; a loopback sandbox accepts its own URL.
     */
    private String audience() {
        String login = credentials.loginUrl();
        if (login.contains(".sandbox.my.salesforce.com") || login.startsWith("https://test.salesforce.com")) {
            return "https://test.salesforce.com";
        }
        return login.startsWith("https://") ? "https://login.salesforce.com" : login;
    }

    private static JsonNode parse(String text, int status) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new CrmAuthException("salesforce token endpoint answered HTTP " + status + " without JSON");
        }
    }
}
