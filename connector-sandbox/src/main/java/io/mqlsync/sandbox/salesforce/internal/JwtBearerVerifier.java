package io.mqlsync.sandbox.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a JWT bearer assertion the way Salesforce's token endpoint does: RS256 signature against the
 * connected app's certificate, {@code iss} = consumer key, {@code aud} = a login URL, {@code sub} = a username,
 * {@code exp} in the future and at most three minutes ahead (plus clock skew). Thread-safe.
 */
final class JwtBearerVerifier {
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(3);
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();
    private final PublicKey key;
    private final String clientId;
    private final Set<String> audiences;
    private final Clock clock;

    /** A refusal as Salesforce words it. */
    record Refusal(String error, String description) {
    }

    JwtBearerVerifier(PublicKey key, String clientId, Set<String> audiences, Clock clock) {
        this.key = key;
        this.clientId = clientId;
        this.audiences = Set.copyOf(audiences);
        this.clock = clock;
    }

    /** @return the username ({@code sub}) of a valid assertion, or the refusal */
    Result verify(String assertion) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            return Result.refused(new Refusal("invalid_grant", "invalid assertion"));
        }
        try {
            JsonNode header = json.readTree(decode(parts[0]));
            JsonNode claims = json.readTree(decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText()) || !signatureValid(parts)) {
                return Result.refused(new Refusal("invalid_grant", "invalid assertion"));
            }
            if (!clientId.equals(claims.path("iss").asText())) {
                return Result.refused(new Refusal("invalid_client_id", "client identifier invalid"));
            }
            if (!audienceValid(claims.path("aud"))) {
                return Result.refused(new Refusal("invalid_grant", "audience is invalid"));
            }
            Instant now = clock.instant();
            Instant exp = Instant.ofEpochSecond(claims.path("exp").asLong(0));
            if (!exp.isAfter(now.minus(SKEW)) || exp.isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
                return Result.refused(new Refusal("invalid_grant", "expired authorization code"));
            }
            String sub = claims.path("sub").asText("");
            if (sub.isEmpty()) {
                return Result.refused(new Refusal("invalid_grant", "invalid assertion"));
            }
            return new Result(Optional.of(sub), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return Result.refused(new Refusal("invalid_grant", "invalid assertion"));
        }
    }

    private boolean audienceValid(JsonNode aud) {
        if (aud.isArray()) {
            for (JsonNode a : aud) {
                if (audiences.contains(strip(a.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return audiences.contains(strip(aud.asText()));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private boolean signatureValid(String[] parts) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String part) {
        return Base64.getUrlDecoder().decode(part);
    }

    /** The outcome: a username or a refusal. */
    record Result(Optional<String> username, Optional<Refusal> refusal) {
        static Result refused(Refusal r) {
            return new Result(Optional.empty(), Optional.of(r));
        }
    }
}
