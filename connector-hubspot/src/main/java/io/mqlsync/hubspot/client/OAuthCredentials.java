package io.mqlsync.hubspot.client;

import io.mqlsync.core.model.Secret;

import java.util.Objects;

/**
 * An OAuth app installed on the portal: what the refresh-token grant needs.
 *
 * @param clientId     the app's client id
 * @param clientSecret the app's client secret
 * @param refreshToken the portal's refresh token
 */
public record OAuthCredentials(String clientId, Secret clientSecret, Secret refreshToken) {
    public OAuthCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "OAuthCredentials[***]";
    }
}
