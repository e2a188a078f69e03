package io.mqlsync.sandbox.salesforce;

import java.util.List;
import java.util.Map;

/**
 * What the fake org has served, for tests and benchmarks to assert on. Every method returns a snapshot;
 * safe to call from any thread while the sandbox serves.
 */
public interface SoapJournal {

    /** @return SOAP calls answered (faults included) per operation; operations never called are absent */
    Map<SoapOperation, Long> calls();

    /** @return SOAP calls of one operation answered, faults included */
    default long calls(SoapOperation operation) {
        return calls().getOrDefault(operation, 0L);
    }

    /** @return SOAP calls of every operation answered */
    default long totalCalls() {
        return calls().values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return SOAP faults served per exception code, e.g. {@code INVALID_SESSION_ID} */
    Map<String, Long> faults();

    /**
     * @return the records written, in order: all of them, or the latest
     *         {@link SalesforceSandboxOptions#writeHistoryLimit()} when more were written
     */
    List<SoapWrite> writes();

    /** @return how many records were written (attempts included), kept or not in {@link #writes()} */
    long writeCount();

    /**
     * @return token endpoint answers per grant type and outcome, e.g. {@code jwt-bearer:ok} or
     *         {@code client_credentials:invalid_client}
     */
    Map<String, Long> tokenRequests();

    /**
     * @return problems found checking responses against the partner WSDL, and defects of the sandbox itself
     *         (answered as {@code UNKNOWN_EXCEPTION}); empty when all is well or nothing checks
     */
    List<String> schemaViolations();
}
