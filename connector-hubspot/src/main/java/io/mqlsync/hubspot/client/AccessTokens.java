package io.mqlsync.hubspot.client;

/**
 * Where the bearer token of every request comes from: a private-app token, or OAuth access tokens
 * refreshed from a refresh token. Thread-safe.
 */
public interface AccessTokens {

    /** The token to send now; obtains one first if there is none yet. Never logged. */
    String current();

    /**
     * Called after the CRM refused {@code refused}: obtains a new token if these credentials can.
     *
     * @return whether a new token is available (a private-app token cannot be refreshed)
     */
    boolean refreshAfter(String refused);
}
