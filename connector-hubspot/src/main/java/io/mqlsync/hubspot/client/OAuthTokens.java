package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.TransientCrmException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.util.Objects;

/**
 * OAuth access tokens from HubSpot's refresh-token grant ({@code POST /oauth/v1/token}). The first token
 * is fetched on first use; after a 401 the token is refreshed once, and a second refusal is final
 * ({@link CrmAuthException}, exit 3). Thread-safe.
 */
public final class OAuthTokens implements AccessTokens {
    private final OkHttpClient http;
    private final HttpUrl tokenUrl;
    private final OAuthCredentials credentials;
    private final ObjectMapper json = new ObjectMapper();
    private String token;

    /**
     * @param http a client without the auth interceptor (the token call carries no bearer token)
     * @param baseUrl the API's base URL; the token endpoint is {@code /oauth/v1/token} under it
     */
    public OAuthTokens(OkHttpClient http, HttpUrl baseUrl, OAuthCredentials credentials) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokenUrl = baseUrl.newBuilder().addPathSegments("oauth/v1/token").build();
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public synchronized String current() {
        if (token == null) {
            token = fetch();
        }
        return token;
    }

    @Override
    public synchronized boolean refreshAfter(String refused) {
        if (token != null && !token.equals(refused)) {
            // another thread refreshed already
            return true;
        }
        token = fetch();
        return true;
    }

    private String fetch() {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("client_id", credentials.clientId())
                .add("client_secret", credentials.clientSecret().reveal())
                .add("refresh_token", credentials.refreshToken().reveal())
                .build();
        Request request = new Request.Builder().url(tokenUrl).post(form).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (response.code() == 400 || response.code() == 401 || response.code() == 403) {
                throw new CrmAuthException("oauth.refresh: HubSpot refused the refresh token (HTTP " + response.code() + ")");
            }
            if (!response.isSuccessful()) {
                throw new TransientCrmException("oauth.refresh: HTTP " + response.code(), null);
            }
            JsonNode parsed = json.readTree(body.string());
            String access = parsed.path("access_token").asText("");
            if (access.isBlank()) {
                throw new CrmAuthException("oauth.refresh: HubSpot's answer held no access token");
            }
            return access;
        } catch (IOException e) {
            throw new TransientCrmException("oauth.refresh: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "OAuthTokens[***]";
    }
}
