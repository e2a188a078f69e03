package io.mqlsync.hubspot.client;

import io.mqlsync.core.model.Secret;

import java.util.Objects;

/** A HubSpot private-app token: fixed, never refreshed. */
public final class PrivateAppToken implements AccessTokens {
    private final Secret token;

    public PrivateAppToken(Secret token) {
        this.token = Objects.requireNonNull(token, "token");
    }

    @Override
    public String current() {
        return token.reveal();
    }

    @Override
    public boolean refreshAfter(String refused) {
        return false;
    }

    @Override
    public String toString() {
        return "PrivateAppToken[***]";
    }
}
