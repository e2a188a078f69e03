package io.mqlsync.core.sync;

import io.mqlsync.core.state.InstanceLease;
import io.mqlsync.core.state.StateStoreException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Renews a run's lease every third of its time to live on a thread of its own, so a page that takes
 * long (a 429 storm) never loses the lease, while a run that died stops renewing and frees the instance
 * within one time to live. The engine owns the thread and ends it with {@link #close()}.
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final ScheduledExecutorService thread;
    private final InstanceLease lease;
    private final String holder;
    private final Duration ttl;
    private final Map<String, String> logContext;

    LeaseKeeper(String instance, InstanceLease lease, String holder, Duration ttl) {
        this.lease = lease;
        this.holder = holder;
        this.ttl = ttl;
        Map<String, String> context = MDC.getCopyOfContextMap();
        this.logContext = context == null ? Map.of() : Map.copyOf(context);
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread keeper = new Thread(task, "mqlsync-lease-" + instance);
            keeper.setDaemon(true);
            return keeper;
        });
        long period = Math.max(1, ttl.toMillis() / 3);
        thread.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    private void renew() {
        MDC.setContextMap(logContext);
        try {
            if (!lease.renew(holder, ttl)) {
                // the run notices too when it next renews before a page, and stops writing
                LOG.warn("the lease was taken over by another run; no longer renewed");
                thread.shutdown();
            }
        } catch (StateStoreException e) {
            LOG.warn("renewing the lease failed, tried again in {} ms: {}", Math.max(1, ttl.toMillis() / 3), e.getMessage());
        } finally {
            MDC.clear();
        }
    }

    /** Stops renewing; a renewal in progress finishes. */
    @Override
    public void close() {
        thread.shutdown();
    }
}
