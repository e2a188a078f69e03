package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * HubSpot's OAuth token endpoint ({@code POST /oauth/v1/token}, refresh-token grant) for an app
 * installed on the portal. Access tokens live 30 minutes of sandbox time, after which the API answers
 * 401 {@code EXPIRED_AUTHENTICATION}, so clients can be tested refreshing on their own. Thread-safe.
 */
final class HubSpotOAuth {

    /** How long an access token lives (HubSpot: 30 minutes). */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** What a presented bearer token turned out to be. */
    enum TokenState { VALID, EXPIRED, UNKNOWN }

    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final SplittableRandom random;
    private final Map<String, Instant> issued = new HashMap<>();

    HubSpotOAuth(long seed, Clock clock) {
        this.clock = clock;
        SplittableRandom derived = new SplittableRandom(seed ^ 0x0A17L);
        this.clientId = new UUID(derived.nextLong(), derived.nextLong()).toString();
        this.clientSecret = new UUID(derived.nextLong(), derived.nextLong()).toString();
        this.refreshToken = "na1-" + new UUID(derived.nextLong(), derived.nextLong());
        this.random = derived.split();
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    String refreshToken() {
        return refreshToken;
    }

    synchronized TokenState state(String accessToken) {
        Instant expires = issued.get(accessToken);
        if (expires == null) {
            return TokenState.UNKNOWN;
        }
        return clock.instant().isBefore(expires) ? TokenState.VALID : TokenState.EXPIRED;
    }

    /** Answers a token request: a form-encoded refresh-token grant. */
    synchronized ApiResponse token(String form) {
        Map<String, String> fields = form(form);
        if (!"refresh_token".equals(fields.get("grant_type"))) {
            return error("BAD_GRANT_TYPE", "grant_type must be refresh_token");
        }
        if (!clientId.equals(fields.get("client_id")) || !clientSecret.equals(fields.get("client_secret"))) {
            return error("BAD_CLIENT_ID", "missing or unknown client id or secret");
        }
        if (!refreshToken.equals(fields.get("refresh_token"))) {
            return error("BAD_REFRESH_TOKEN", "missing or unknown refresh token");
        }
        String accessToken = "CO" + Long.toUnsignedString(random.nextLong(), 36) + Long.toUnsignedString(random.nextLong(), 36);
        issued.put(accessToken, clock.instant().plus(LIFETIME));
        ObjectNode body = HubSpotJson.object();
        body.put("token_type", "bearer");
        body.put("refresh_token", refreshToken);
        body.put("access_token", accessToken);
        body.put("expires_in", LIFETIME.toSeconds());
        return ApiResponse.ok(body);
    }

    private static ApiResponse error(String status, String message) {
        ObjectNode body = HubSpotJson.object();
        body.put("status", status);
        body.put("message", message);
        body.put("correlationId", UUID.randomUUID().toString());
        return ApiResponse.of(400, body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** The token-expired answer, with HubSpot's wording. */
    static HubSpotApiException expired() {
        return new HubSpotApiException(401, "EXPIRED_AUTHENTICATION",
                "The OAuth token used to make this call expired 0 hour(s) ago.");
    }

    /** Whether this request is the token endpoint. */
    static boolean isTokenRequest(String method, String path) {
        return method.equals("POST") && path.equals("/oauth/v1/token");
    }

    /** The token of an {@code Authorization: Bearer ...} header. */
    static Optional<String> bearer(String authorization) {
        return authorization.startsWith("Bearer ") ? Optional.of(authorization.substring(7)) : Optional.empty();
    }
}
