package io.mqlsync.hubspot;

import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.hubspot.client.OAuthCredentials;
import okhttp3.HttpUrl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The {@code hubspot:} block of an instance config, checked: {@code baseUrl} (https, or http on loopback
 * only), either {@code accessToken} (a private-app token) or {@code oauth} ({@code clientId},
 * {@code clientSecret}, {@code refreshToken}), and {@code requestsPer10s}.
 *
 * @param baseUrl        the API's base URL
 * @param accessToken    the private-app token, when configured
 * @param oauth          the OAuth app, when configured instead
 * @param requestsPer10s the portal's limit per 10 seconds
 */
record HubSpotSettings(HttpUrl baseUrl, Optional<Secret> accessToken, Optional<OAuthCredentials> oauth, int requestsPer10s) {
    static final String DEFAULT_BASE_URL = "https://api.hubapi.com";
    static final int DEFAULT_REQUESTS_PER_10S = 100;

    /** Reports every problem of the block through it; returns the settings when there was none. */
    static Optional<HubSpotSettings> read(ConfigBlock block) {
        boolean ok = true;
        String url = block.text("baseUrl").orElse(DEFAULT_BASE_URL);
        HttpUrl baseUrl = HttpUrl.parse(url);
        if (baseUrl == null) {
            block.problem("baseUrl", "is not an http(s) URL");
            ok = false;
        } else if (baseUrl.scheme().equals("http") && !loopback(baseUrl.host())) {
            block.problem("baseUrl", "http:// is allowed only for loopback addresses; use https://");
            ok = false;
        }
        Optional<Secret> token = block.has("accessToken") ? block.secret("accessToken") : Optional.empty();
        Optional<OAuthCredentials> oauth = block.block("oauth").flatMap(HubSpotSettings::oauth);
        if (block.has("accessToken") && block.has("oauth")) {
            block.problem("oauth", "give either accessToken or oauth, not both");
            ok = false;
        } else if (!block.has("accessToken") && !block.has("oauth")) {
            block.problem("accessToken", "is required (a private-app token), unless an oauth block is given");
            ok = false;
        } else if (token.isEmpty() && oauth.isEmpty()) {
            ok = false;
        }
        int rate = DEFAULT_REQUESTS_PER_10S;
        if (block.has("requestsPer10s")) {
            double value = block.number("requestsPer10s").orElse(-1);
            if (value < 1 || value != Math.rint(value) || value > 10_000) {
                block.problem("requestsPer10s", "must be a whole number between 1 and 10000");
                ok = false;
            } else {
                rate = (int) value;
            }
        }
        return ok ? Optional.of(new HubSpotSettings(baseUrl, token, oauth, rate)) : Optional.empty();
    }

    private static Optional<OAuthCredentials> oauth(ConfigBlock block) {
        Optional<String> clientId = block.text("clientId").filter(v -> !v.isBlank());
        if (clientId.isEmpty()) {
            block.problem("clientId", "is required");
        }
        Optional<Secret> secret = required(block, "clientSecret");
        Optional<Secret> refresh = required(block, "refreshToken");
        if (clientId.isEmpty() || secret.isEmpty() || refresh.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OAuthCredentials(clientId.get(), secret.get(), refresh.get()));
    }

    private static Optional<Secret> required(ConfigBlock block, String key) {
        if (!block.has(key)) {
            block.problem(key, "is required");
            return Optional.empty();
        }
        return block.secret(key);
    }

    private static boolean loopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // a literal address only: a name is never resolved while validating
            return (host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.contains(":"))
                    && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

}
