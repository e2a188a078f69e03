package io.mqlsync.core.config;

import java.util.Objects;

/**
 * Where an instance keeps its local state ({@code state:} block).
 *
 * @param url a JDBC URL, {@code ${dataDir}} already resolved; by default
 *            {@code jdbc:sqlite:<dataDir>/<instance>.db}. Holds no password: give one through
 *            {@code ${ENV}} in the URL if the database needs it.
 */
public record StateSettings(String url) {
    public StateSettings {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return "StateSettings[" + (url.contains("?") ? url.substring(0, url.indexOf('?')) + "?***" : url) + "]";
    }
}
