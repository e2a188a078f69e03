package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for tests: talks to the sandbox exactly as it would to api.hubapi.com. */
final class HubSpotHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

    /**
     * What came back.
     *
     * @param status  HTTP status
     * @param headers response headers
     * @param text    raw body
     */
    record Reply(int status, Headers headers, String text) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text, e);
            }
        }
    }

    private final OkHttpClient client;
    private final String baseUrl;
    private final String token;

    HubSpotHttp(HubSpotSandbox sandbox) {
        this(sandbox, Duration.ofSeconds(10));
    }

    HubSpotHttp(HubSpotSandbox sandbox, Duration readTimeout) {
        this.client = new OkHttpClient.Builder().readTimeout(readTimeout).retryOnConnectionFailure(false).build();
        this.baseUrl = sandbox.baseUrl();
        this.token = sandbox.token();
    }

    Reply get(String path) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).get());
    }

    Reply post(String path, String json) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).post(RequestBody.create(json, APPLICATION_JSON)));
    }

    Reply post(String path, Object body) throws IOException {
        return post(path, JSON.writeValueAsString(body));
    }

    Reply patch(String path, Object body) throws IOException {
        return call(new Request.Builder().url(baseUrl + path)
                .patch(RequestBody.create(JSON.writeValueAsString(body), APPLICATION_JSON)));
    }

    Reply delete(String path) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).delete());
    }

    Reply withoutToken(String path) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(baseUrl + path).get().build()).execute()) {
            return new Reply(response.code(), response.headers(), response.body().string());
        }
    }

    private Reply call(Request.Builder request) throws IOException {
        request.header("Authorization", "Bearer " + token);
        try (Response response = client.newCall(request.build()).execute()) {
            return new Reply(response.code(), response.headers(), response.body().string());
        }
    }

    /** A search body that satisfies both the spec and the real API (NOTES.md). */
    static Map<String, Object> search(Object filterGroups, Object sorts, int limit, String after, String... properties) {
        return Map.of("filterGroups", filterGroups, "sorts", sorts, "limit", limit, "after", after,
                "properties", java.util.List.of(properties));
    }

    static Map<String, Object> filter(String property, String operator, String value) {
        return Map.of("propertyName", property, "operator", operator, "value", value);
    }
}
