package io.mqlsync.core.state.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.state.StateStoreException;
import io.mqlsync.core.state.StateStoreSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the HikariCP pool for the state database, SQLite pragmas included. */
public final class Pools {
    private Pools() {
    }

    /**
     * @throws StateStoreException when the SQLite folder cannot be created or the database cannot be reached
     */
    public static HikariDataSource open(StateStoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mqlsync-state");
        config.setJdbcUrl(settings.url());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        settings.user().ifPresent(config::setUsername);
        settings.password().map(Secret::reveal).ifPresent(config::setPassword);
        if (settings.isSqlite()) {
            sqliteFile(settings.url()).ifPresent(file -> createFolder(file, settings));
            // WAL: readers never block the writer nor the writer them. IMMEDIATE: a write transaction takes
            // the write lock when it begins, so it waits (busy_timeout) instead of failing when it upgrades.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", Long.toString(settings.busyTimeout().toMillis()));
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StateStoreException("state store: cannot open " + settings.safeUrl(), e);
        }
    }

    /** The database file of a SQLite URL; empty for an in-memory database. */
    static Optional<Path> sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty() || rest.equals(":memory:") || rest.startsWith("file::memory:")) {
            return Optional.empty();
        }
        if (rest.startsWith("file:")) {
            return Optional.of(rest.startsWith("file://") ? Path.of(URI.create(rest)) : Path.of(rest.substring("file:".length())));
        }
        return Optional.of(Path.of(rest));
    }

    private static void createFolder(Path file, StateStoreSettings settings) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StateStoreException("state store: cannot create the folder of " + settings.safeUrl(), e);
        }
    }
}
