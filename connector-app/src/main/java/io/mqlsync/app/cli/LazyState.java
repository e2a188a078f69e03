package io.mqlsync.app.cli;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An instance's state database, opened on first use: a command that never needs it ({@code validate
 * --online}, {@code setup}) leaves no file behind. Thread-safe.
 */
final class LazyState implements AutoCloseable {
    private final String url;
    private final String instance;
    private final Clock clock;
    private Optional<StateDatabase> database = Optional.empty();

    LazyState(String url, String instance, Clock clock) {
        this.url = url;
        this.instance = instance;
        this.clock = clock;
    }

    /** The instance's store, its database opened (and migrated) on the first call. */
    synchronized StateStore store() {
        StateDatabase db = database.orElseGet(() -> StateDatabase.open(StateStoreSettings.of(url), clock));
        database = Optional.of(db);
        return db.forInstance(instance);
    }

    /** The store's engagement archive, for the adapter: the database opens when the adapter first files or looks up. */
    EngagementArchive archive() {
        return new EngagementArchive() {
            @Override
            public void file(String source, List<KeyedEvent> events) {
                store().engagementArchive().file(source, events);
            }

            @Override
            public Optional<Instant> readUpTo(String source, String partition) {
                return store().engagementArchive().readUpTo(source, partition);
            }

            @Override
            public void markReadUpTo(String source, String partition, Instant upTo) {
                store().engagementArchive().markReadUpTo(source, partition, upTo);
            }

            @Override
            public Map<String, List<Event>> eventsOf(String source, Collection<String> keys, Instant since) {
                return store().engagementArchive().eventsOf(source, keys, since);
            }

            @Override
            public void forgetBefore(String source, Instant cutoff) {
                store().engagementArchive().forgetBefore(source, cutoff);
            }
        };
    }

    @Override
    public synchronized void close() {
        database.ifPresent(StateDatabase::close);
        database = Optional.empty();
    }
}
