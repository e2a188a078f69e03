package io.mqlsync.core.resilience;

import io.mqlsync.core.spi.CallKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link CallMetrics} kept in memory: requests by kind and operation, retries, failures by kind, total
 * wait and the breaker's state. The engine reads it for the run log (API calls by kind). Thread-safe.
 */
public final class CallCounts implements CallMetrics {
    private final Map<CallKind, LongAdder> attemptsByKind = new EnumMap<>(CallKind.class);
    private final Map<String, LongAdder> attemptsByOperation = new ConcurrentHashMap<>();
    private final LongAdder retries = new LongAdder();
    private final Map<CallFailure, LongAdder> failures = new EnumMap<>(CallFailure.class);
    private final AtomicLong waitedNanos = new AtomicLong();
    private final AtomicReference<BreakerState> breaker = new AtomicReference<>(BreakerState.CLOSED);

    public CallCounts() {
        // filled up front so the maps are only read afterwards: EnumMap is not safe for concurrent writes
        for (CallKind kind : CallKind.values()) {
            attemptsByKind.put(kind, new LongAdder());
        }
        for (CallFailure failure : CallFailure.values()) {
            failures.put(failure, new LongAdder());
        }
    }

    @Override
    public void attempted(CallKind kind, String operation) {
        attemptsByKind.get(kind).increment();
        attemptsByOperation.computeIfAbsent(operation, op -> new LongAdder()).increment();
    }

    @Override
    public void retried(CallKind kind, String operation, int attempt) {
        retries.increment();
    }

    @Override
    public void waited(Duration wait) {
        waitedNanos.addAndGet(wait.toNanos());
    }

    @Override
    public void failed(CallKind kind, String operation, CallFailure failure) {
        failures.get(failure).increment();
    }

    @Override
    public void breakerStateChanged(BreakerState state) {
        breaker.set(state);
    }

    /** Requests sent (attempts, retries included) of this kind. */
    public long attempts(CallKind kind) {
        return attemptsByKind.get(kind).sum();
    }

    /** Requests sent of every kind. */
    public long attempts() {
        return attemptsByKind.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests sent by operation name, sorted by name; a snapshot. */
    public Map<String, Long> attemptsByOperation() {
        Map<String, Long> snapshot = new TreeMap<>();
        attemptsByOperation.forEach((op, count) -> snapshot.put(op, count.sum()));
        return Map.copyOf(snapshot);
    }

    /** Attempts after the first of their call. */
    public long retries() {
        return retries.sum();
    }

    /** Failed or refused attempts of this kind of failure. */
    public long failures(CallFailure failure) {
        return failures.get(failure).sum();
    }

    /** Time spent waiting between attempts. */
    public Duration waited() {
        return Duration.ofNanos(waitedNanos.get());
    }

    /** The breaker's last reported state. */
    public BreakerState breakerState() {
        return breaker.get();
    }
}
