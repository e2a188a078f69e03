package io.mqlsync.sandbox.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /services/oauth2/token} of the fake org: the JWT bearer flow and the client credentials flow
 * (run as the integration user), answering with Salesforce's JSON, errors included (HTTP 400). Thread-safe.
 */
public final class OAuthTokenEndpoint {
    /** The grant type of the JWT bearer flow. */
    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final ObjectMapper json = new ObjectMapper();
    private final SalesforceOrg org;
    private final PublicKey jwtKey;

    /** The answer: HTTP status and JSON body. */
    public record Answer(int status, String body) {
    }

    /** @param org the org sessions are opened in; @param jwtKey the key assertions must be signed for */
    public OAuthTokenEndpoint(SalesforceOrg org, PublicKey jwtKey) {
        this.org = org;
        this.jwtKey = jwtKey;
    }

    /**
     * @param instanceUrl the sandbox's base URL as the client reached it: the {@code instance_url} given out
     *                    and, besides Salesforce's own login URLs, the one valid JWT audience
     * @return the answer to a token request with this form body and {@code Authorization} header
     */
    public Answer token(String instanceUrl, String formBody, Optional<String> authorization) {
        Map<String, String> form = form(formBody);
        String grant = form.getOrDefault("grant_type", "");
        Answer answer = switch (grant) {
            case JWT_BEARER -> jwtBearer(instanceUrl, form.getOrDefault("assertion", ""));
            case "client_credentials" -> clientCredentials(instanceUrl, form, authorization);
            default -> error("unsupported_grant_type", "grant type not supported");
        };
        org.journal().tokenRequest(grant.equals(JWT_BEARER) ? "jwt-bearer" : grant,
                answer.status() == 200 ? "ok" : json(answer.body()).path("error").asText());
        return answer;
    }

    private Answer jwtBearer(String instanceUrl, String assertion) {
        JwtBearerVerifier jwt = new JwtBearerVerifier(jwtKey, org.options().clientId(),
                Set.of(instanceUrl, "https://login.salesforce.com", "https://test.salesforce.com"), org.clock());
        JwtBearerVerifier.Result result = jwt.verify(assertion);
        if (result.refusal().isPresent()) {
            return error(result.refusal().get().error(), result.refusal().get().description());
        }
        return session(instanceUrl, result.username().orElseThrow())
                .orElseGet(() -> error("invalid_grant", "user hasn't approved this consumer"));
    }

    private Answer clientCredentials(String instanceUrl, Map<String, String> form, Optional<String> authorization) {
        String id = form.getOrDefault("client_id", "");
        String secret = form.getOrDefault("client_secret", "");
        if (authorization.isPresent() && authorization.get().startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(authorization.get().substring(6).trim()),
                    StandardCharsets.UTF_8).split(":", 2);
            id = pair[0];
            secret = pair.length > 1 ? pair[1] : "";
        }
        boolean ok = id.equals(org.options().clientId()) && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), org.options().clientSecret().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            return error("invalid_client", "invalid client credentials");
        }
        return session(instanceUrl, org.options().username())
                .orElseGet(() -> error("invalid_grant", "no client credentials user enabled"));
    }

    private Optional<Answer> session(String instanceUrl, String username) {
        Optional<String> userId = org.userByUsername(username).map(u -> u.id());
        return org.openSession(username).map(token -> {
            ObjectNode body = json.createObjectNode();
            body.put("access_token", token);
            body.put("signature", Base64.getEncoder().encodeToString(token.substring(0, 24)
                    .getBytes(StandardCharsets.US_ASCII)));
            body.put("scope", "api");
            body.put("instance_url", instanceUrl);
            body.put("id", instanceUrl + "/id/" + org.orgId() + "/" + userId.orElse(""));
            body.put("token_type", "Bearer");
            body.put("issued_at", Long.toString(org.clock().millis()));
            return new Answer(200, body.toString());
        });
    }

    private Answer error(String error, String description) {
        ObjectNode body = json.createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return new Answer(400, body.toString());
    }

    private JsonNode json(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the endpoint wrote invalid JSON", e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }
}
