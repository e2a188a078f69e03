package io.mqlsync.salesforce.client;

import java.util.Optional;

/** How mqlsync obtains a Salesforce session: SOAP login is gone from API 65.0, so always OAuth 2.0. */
public enum OAuthFlow {
    /** JWT bearer: an RS256 assertion signed with the connected app's private key, for a named user. */
    JWT("jwt"),
    /** Client credentials: the connected app's key and secret, run as its configured integration user. */
    CLIENT_CREDENTIALS("client_credentials");

    private final String configName;

    OAuthFlow(String configName) {
        this.configName = configName;
    }

    /** The value of {@code oauth.flow} in an instance config. */
    public String configName() {
        return configName;
    }

    /** The flow named {@code name} in a config; empty for anything else. */
    public static Optional<OAuthFlow> byConfigName(String name) {
        for (OAuthFlow flow : values()) {
            if (flow.configName.equals(name)) {
                return Optional.of(flow);
            }
        }
        return Optional.empty();
    }
}
