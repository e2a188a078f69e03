package io.mqlsync.sandbox.journal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a sandbox served: per-endpoint counts and bytes, and the most recent writes. Tests and
 * benchmarks assert on it ("a re-sync made no write calls", "no 429 reached the client"). The write
 * history keeps the newest {@code capacity} entries so a million-record backfill cannot exhaust the
 * heap; {@link #writeCount()} still counts all of them. Thread-safe.
 */
public final class Journal {

    /** How many writes are kept unless told otherwise. */
    public static final int DEFAULT_WRITE_CAPACITY = 100_000;

    private final Map<String, Counters> endpoints = new ConcurrentHashMap<>();
    private final ArrayDeque<WriteEntry> writes = new ArrayDeque<>();
    private final int capacity;
    private long writeCount;

    /** A journal keeping the newest {@link #DEFAULT_WRITE_CAPACITY} writes. */
    public Journal() {
        this(DEFAULT_WRITE_CAPACITY);
    }

    /** A journal keeping the newest {@code capacity} writes. */
    public Journal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be at least 0, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records one served request. */
    public void served(ServedRequest request) {
        Counters counters = endpoints.computeIfAbsent(request.operation(), k -> new Counters());
        counters.requests.increment();
        if (request.status() == 429) {
            counters.rateLimited.increment();
        }
        if (request.faulted()) {
            counters.faults.increment();
        }
        counters.bytesIn.add(request.bytesIn());
        counters.bytesOut.add(request.bytesOut());
    }

    /** Records one write to one record. */
    public synchronized void wrote(WriteEntry entry) {
        writeCount++;
        if (capacity == 0) {
            return;
        }
        if (writes.size() == capacity) {
            writes.removeFirst();
        }
        writes.addLast(entry);
    }

    /** Per-operation statistics, sorted by operation name; a snapshot. */
    public Map<String, EndpointStats> endpoints() {
        Map<String, EndpointStats> snapshot = new TreeMap<>();
        endpoints.forEach((name, c) -> snapshot.put(name, c.snapshot()));
        return snapshot;
    }

    /** Statistics of one operation; {@link EndpointStats#NONE} when it was never called. */
    public EndpointStats endpoint(String operation) {
        Counters counters = endpoints.get(operation);
        return counters == null ? EndpointStats.NONE : counters.snapshot();
    }

    /** Requests served, all endpoints together. */
    public long totalRequests() {
        return endpoints.values().stream().mapToLong(c -> c.requests.sum()).sum();
    }

    /** 429 answers served, all endpoints together. */
    public long totalRateLimited() {
        return endpoints.values().stream().mapToLong(c -> c.rateLimited.sum()).sum();
    }

    /** The newest writes, oldest first; a snapshot. */
    public synchronized List<WriteEntry> writes() {
        return List.copyOf(writes);
    }

    /** Every write ever recorded, including those no longer kept. */
    public synchronized long writeCount() {
        return writeCount;
    }

    /** Forgets everything, e.g. between the setup and the measured part of a test. */
    public synchronized void clear() {
        endpoints.clear();
        writes.clear();
        writeCount = 0;
    }

    private static final class Counters {
        private final LongAdder requests = new LongAdder();
        private final LongAdder rateLimited = new LongAdder();
        private final LongAdder faults = new LongAdder();
        private final LongAdder bytesIn = new LongAdder();
        private final LongAdder bytesOut = new LongAdder();

        EndpointStats snapshot() {
            return new EndpointStats(requests.sum(), rateLimited.sum(), faults.sum(), bytesIn.sum(), bytesOut.sum());
        }
    }
}
