package io.mqlsync.core.sync;

import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.slf4j.MDC;

/**
 * Reads a stream's pages on a thread of its own, so that reading the next page overlaps planning and
 * writing the current one; both go through the instance's call policy, so together they stay inside
 * its rate limit. Only this thread uses the adapter's lead source while a stream is read. The engine
 * owns the thread and ends it with {@link #close()}. Not thread-safe: one stream at a time.
 */
final class PageReader implements AutoCloseable {
    private final ExecutorService thread;
    private final BiFunction<Optional<Cursor>, Integer, LeadPage> read;
    private final Map<String, String> logContext;

    PageReader(String instance, BiFunction<Optional<Cursor>, Integer, LeadPage> read) {
        this.read = read;
        Map<String, String> context = MDC.getCopyOfContextMap();
        this.logContext = context == null ? Map.of() : Map.copyOf(context);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread reader = new Thread(task, "mqlsync-read-" + instance);
            reader.setDaemon(true);
            return reader;
        });
    }

    /** Starts reading the page after {@code after}; its result is taken with {@link #await}. */
    Future<LeadPage> fetch(Optional<Cursor> after, int pageSize) {
        return thread.submit(() -> {
            MDC.setContextMap(logContext);
            try {
                return read.apply(after, pageSize);
            } finally {
                MDC.clear();
            }
        });
    }

    /** The page, or what its read threw (a CRM exception, as it was thrown). */
    LeadPage await(Future<LeadPage> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MqlsyncException("interrupted while reading a page", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new MqlsyncException("reading a page failed", cause);
        }
    }

    /** Ends the thread; a read still running is interrupted and its page dropped (it was not checkpointed). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
