package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.RateLimitFeedback;
import io.mqlsync.core.spi.TransientCrmException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One OkHttp client per HubSpot instance: timeouts on every call, the bearer token and its one refresh in
 * an interceptor, rate-limit headers reported in another. Makes exactly one request per method call (the
 * call policy decides about repeating it) and classifies what cannot be the caller's business:
 * <ul>
 *   <li>429: {@link TransientCrmException} with Retry-After, else the limit's window (1 s for the
 *       secondly search limit, else the interval header, else 10 s); the daily limit
 *       ({@code policyName: DAILY}): {@link ApiBudgetExhaustedException};</li>
 *   <li>5xx, connection failures, timeouts, a malformed success body: {@link TransientCrmException};</li>
 *   <li>401 after the one refresh: {@link CrmAuthException}.</li>
 * </ul>
 * Every other status comes back as an {@link HttpReply}. Messages name the operation, never bodies or tokens.
 * Thread-safe.
 */
public final class HubSpotHttp implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration DEFAULT_WINDOW = Duration.ofSeconds(10);

    private final OkHttpClient client;
    private final HttpUrl base;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param base     the API's base URL ({@code https://api.hubapi.com}, or the sandbox's)
     * @param tokens   where bearer tokens come from
     * @param feedback where rate-limit headers are reported
     * @param timeouts the timeouts of every call
     */
    public HubSpotHttp(HttpUrl base, AccessTokens tokens, RateLimitFeedback feedback, Timeouts timeouts) {
        this(base, unauthenticated(timeouts), tokens, feedback);
    }

    private HubSpotHttp(HttpUrl base, OkHttpClient plain, AccessTokens tokens, RateLimitFeedback feedback) {
        this.base = Objects.requireNonNull(base, "base");
        this.client = plain.newBuilder()
                .addInterceptor(new AuthInterceptor(tokens))
                .addNetworkInterceptor(new RateHeaderInterceptor(feedback))
                .build();
    }

    /** A client with the timeouts and no interceptors: for the OAuth token call, which carries no bearer token. */
    public static OkHttpClient unauthenticated(Timeouts timeouts) {
        return new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .retryOnConnectionFailure(false)
                .build();
    }

    HttpUrl.Builder url(String pathSegments) {
        return base.newBuilder().addPathSegments(pathSegments);
    }

    ObjectMapper json() {
        return json;
    }

    HttpReply get(String operation, HttpUrl url) {
        return exchange(operation, new Request.Builder().url(url).get().build());
    }

    HttpReply post(String operation, HttpUrl url, JsonNode body) {
        return exchange(operation, new Request.Builder().url(url).post(jsonBody(operation, body)).build());
    }

    HttpReply patch(String operation, HttpUrl url, JsonNode body) {
        return exchange(operation, new Request.Builder().url(url).patch(jsonBody(operation, body)).build());
    }

    private RequestBody jsonBody(String operation, JsonNode body) {
        try {
            return RequestBody.create(json.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(operation + ": request body not serialisable", e);
        }
    }

    private HttpReply exchange(String operation, Request request) {
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            int status = response.code();
            if (status == 429) {
                throw throttled(operation, response, parse(text).orElse(MissingNode.getInstance()));
            }
            if (status >= 500) {
                throw new TransientCrmException(operation + ": HubSpot answered HTTP " + status, null);
            }
            if (status == 401) {
                throw new CrmAuthException(operation + ": HubSpot refused the credentials (HTTP 401)");
            }
            Optional<JsonNode> body = parse(text);
            if (status >= 200 && status < 300 && !text.isBlank() && body.isEmpty()) {
                throw new TransientCrmException(operation + ": HubSpot's answer was not valid JSON", null);
            }
            return new HttpReply(status, body.orElse(MissingNode.getInstance()));
        } catch (InterruptedIOException e) {
            throw new TransientCrmException(operation + ": timed out", e);
        } catch (IOException e) {
            throw new TransientCrmException(operation + ": connection failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Optional<JsonNode> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException throttled(String operation, Response response, JsonNode body) {
        String policy = body.path("policyName").asText("");
        if (policy.equals("DAILY") || "0".equals(response.header("X-HubSpot-RateLimit-Daily-Remaining"))) {
            return new ApiBudgetExhaustedException(operation + ": HubSpot's daily API limit is reached");
        }
        Duration wait = header(response, "Retry-After", Duration::ofSeconds)
                .orElseGet(() -> policy.equals("SECONDLY") ? Duration.ofSeconds(1)
                        : header(response, "X-HubSpot-RateLimit-Interval-Milliseconds", Duration::ofMillis)
                        .orElse(DEFAULT_WINDOW));
        return new TransientCrmException(operation + ": HubSpot rate limit (" + (policy.isEmpty() ? "429" : policy) + ")",
                Optional.of(wait), null);
    }

    private static Optional<Duration> header(Response response, String name, Function<Long, Duration> unit) {
        String value = response.header(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            long amount = Long.parseLong(value.trim());
            return amount > 0 ? Optional.of(unit.apply(amount)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
