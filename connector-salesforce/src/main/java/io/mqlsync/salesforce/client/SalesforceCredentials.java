package io.mqlsync.salesforce.client;

import io.mqlsync.core.model.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * What the token endpoint needs for one org. Only {@link SalesforceOAuth} unwraps the secrets.
 *
 * @param loginUrl     {@code https://login.salesforce.com}, a My Domain URL, or a loopback sandbox; no trailing slash
 * @param flow         the OAuth flow
 * @param clientId     the connected app's consumer key
 * @param username     the user the JWT flow acts as; empty for client credentials
 * @param privateKey   the PKCS#8 PEM key that signs JWT assertions; empty for client credentials
 * @param clientSecret the consumer secret; empty for the JWT flow
 */
public record SalesforceCredentials(String loginUrl, OAuthFlow flow, String clientId, Optional<String> username,
                                    Optional<Secret> privateKey, Optional<Secret> clientSecret) {
    public SalesforceCredentials {
        Objects.requireNonNull(loginUrl, "loginUrl");
        loginUrl = loginUrl.endsWith("/") ? loginUrl.substring(0, loginUrl.length() - 1) : loginUrl;
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (flow == OAuthFlow.JWT && (username.isEmpty() || privateKey.isEmpty())) {
            throw new IllegalArgumentException("the jwt flow needs a username and a private key");
        }
        if (flow == OAuthFlow.CLIENT_CREDENTIALS && clientSecret.isEmpty()) {
            throw new IllegalArgumentException("the client_credentials flow needs a client secret");
        }
    }

    /** {@code loginUrl + /services/oauth2/token}. */
    public String tokenUrl() {
        return loginUrl + "/services/oauth2/token";
    }

    /** The user name may be an email address: never printed. */
    @Override
    public String toString() {
        return "SalesforceCredentials[" + loginUrl + ", " + flow.configName() + ", username="
                + (username.isPresent() ? "***" : "-") + "]";
    }
}
