package io.mqlsync.core.state;

import io.mqlsync.core.model.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the state database ({@code state.url} of an instance config) and how to use it.
 * Immutable; derive variants with the {@code with*} methods.
 *
 * @param url          {@code jdbc:sqlite:FILE} (the default; the parent folder is created) or
 *                     {@code jdbc:postgresql://...} (clustered workers)
 * @param user         database user (PostgreSQL), if not in the URL
 * @param password     database password (PostgreSQL), if not in the URL
 * @param maxPoolSize  most pooled connections; default {@value #DEFAULT_POOL_SIZE}
 * @param busyTimeout  how long a SQLite statement waits for another connection's write lock before it
 *                     fails; default 10 seconds
 * @param backoff      when dead letters are due again; default {@link DeadLetterBackoff#DEFAULT}
 */
public record StateStoreSettings(String url, Optional<String> user, Optional<Secret> password, int maxPoolSize,
                                 Duration busyTimeout, DeadLetterBackoff backoff) {
    /** Connections per database: the engine writes from one thread, a reader or two may join it. */
    public static final int DEFAULT_POOL_SIZE = 4;
    private static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);

    public StateStoreSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(backoff, "backoff");
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("state.url must start with jdbc:sqlite: or jdbc:postgresql:");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be between 0 and about 24 days");
        }
    }

    /** Settings for {@code url} with every default. */
    public static StateStoreSettings of(String url) {
        return new StateStoreSettings(url, Optional.empty(), Optional.empty(), DEFAULT_POOL_SIZE, DEFAULT_BUSY_TIMEOUT,
                DeadLetterBackoff.DEFAULT);
    }

    /** The default store of an instance: a SQLite file {@code INSTANCE.db} in {@code dataDir}. */
    public static StateStoreSettings sqliteIn(Path dataDir, String instance) {
        return of("jdbc:sqlite:" + dataDir.resolve(instance + ".db"));
    }

    /** The same settings with a database user and password. */
    public StateStoreSettings withCredentials(String newUser, Secret newPassword) {
        return new StateStoreSettings(url, Optional.of(newUser), Optional.of(newPassword), maxPoolSize, busyTimeout, backoff);
    }

    /** The same settings with another pool size. */
    public StateStoreSettings withMaxPoolSize(int size) {
        return new StateStoreSettings(url, user, password, size, busyTimeout, backoff);
    }

    /** The same settings with another SQLite busy timeout. */
    public StateStoreSettings withBusyTimeout(Duration timeout) {
        return new StateStoreSettings(url, user, password, maxPoolSize, timeout, backoff);
    }

    /** The same settings with another dead-letter backoff. */
    public StateStoreSettings withBackoff(DeadLetterBackoff newBackoff) {
        return new StateStoreSettings(url, user, password, maxPoolSize, busyTimeout, newBackoff);
    }

    /** Whether the URL names a SQLite database. */
    public boolean isSqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    /** The URL without its query, which may carry a password: safe for logs and messages. */
    public String safeUrl() {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        // jdbc:postgresql://user:password@host/db is not a form the driver reads, but people write it
        int at = base.lastIndexOf('@');
        int scheme = base.indexOf("//");
        return at > scheme && scheme >= 0 ? base.substring(0, scheme + 2) + "***" + base.substring(at) : base;
    }

    /** Never prints the password or the URL's query. */
    @Override
    public String toString() {
        return "StateStoreSettings[" + safeUrl() + ", user=" + user.orElse("-") + ", password=" + (password.isPresent() ? "***" : "-")
                + ", maxPoolSize=" + maxPoolSize + ", busyTimeout=" + busyTimeout + ", backoff=" + backoff + "]";
    }
}
