package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.SoapJournal;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.SoapWrite;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The journal the sandbox records into. Thread-safe. */
public final class RecordingJournal implements SoapJournal {
    private final Map<SoapOperation, Long> calls = new EnumMap<>(SoapOperation.class);
    private final Map<String, Long> faults = new TreeMap<>();
    private final ArrayDeque<SoapWrite> writes = new ArrayDeque<>();
    private final int writeHistoryLimit;
    private long writeCount;
    private final Map<String, Long> tokenRequests = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();

    /** @param writeHistoryLimit how many of the latest writes to keep; older ones are dropped, still counted */
    public RecordingJournal(int writeHistoryLimit) {
        this.writeHistoryLimit = writeHistoryLimit;
    }

    /** Records one answered SOAP call. */
    public synchronized void call(SoapOperation operation) {
        calls.merge(operation, 1L, Long::sum);
    }

    /** Records one SOAP fault served. */
    public synchronized void fault(String exceptionCode) {
        faults.merge(exceptionCode, 1L, Long::sum);
    }

    /** Records writes. */
    public synchronized void write(List<SoapWrite> written) {
        for (SoapWrite w : written) {
            if (writes.size() == writeHistoryLimit) {
                writes.removeFirst();
            }
            writes.addLast(w);
            writeCount++;
        }
    }

    /** Records one token endpoint answer. */
    public synchronized void tokenRequest(String grant, String outcome) {
        tokenRequests.merge(grant + ":" + outcome, 1L, Long::sum);
    }

    /** Records a response that does not conform to the partner WSDL. */
    public synchronized void violation(String problem) {
        violations.add(problem);
    }

    @Override
    public synchronized Map<SoapOperation, Long> calls() {
        return Map.copyOf(calls);
    }

    @Override
    public synchronized Map<String, Long> faults() {
        return Map.copyOf(faults);
    }

    @Override
    public synchronized List<SoapWrite> writes() {
        return List.copyOf(writes);
    }

    @Override
    public synchronized long writeCount() {
        return writeCount;
    }

    @Override
    public synchronized Map<String, Long> tokenRequests() {
        return Map.copyOf(tokenRequests);
    }

    @Override
    public synchronized List<String> schemaViolations() {
        return List.copyOf(violations);
    }
}
