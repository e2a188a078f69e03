package io.mqlsync.core.state;

import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.spi.CallKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run reports when it finishes.
 *
 * @param counts   records read, scored, changed, transitions, tasks, dead letters
 * @param apiCalls requests sent to the CRM by kind, retries included; kinds without calls may be absent
 * @param errors   one line per problem worth keeping (a dead letter's reason, the error that stopped the
 *                 run): CRM ids and codes, never field values. The store keeps the first
 *                 {@value #MAX_ERRORS}, each cut to {@value #MAX_ERROR_LENGTH} characters, with email
 *                 addresses and token-like strings masked.
 */
public record RunSummary(RunCounts counts, Map<CallKind, Long> apiCalls, List<String> errors) {
    /** The most error lines kept per run. */
    public static final int MAX_ERRORS = 100;
    /** The longest error line kept. */
    public static final int MAX_ERROR_LENGTH = 1000;

    public RunSummary {
        Objects.requireNonNull(counts, "counts");
        EnumMap<CallKind, Long> calls = new EnumMap<>(CallKind.class);
        calls.putAll(apiCalls);
        if (calls.values().stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("API call counts must not be negative");
        }
        apiCalls = Collections.unmodifiableMap(calls);
        errors = List.copyOf(errors);
    }

    /** A run that did nothing. */
    public static RunSummary empty() {
        return new RunSummary(RunCounts.zero(), Map.of(), List.of());
    }

    /** The summary of a run whose API calls {@code calls} counted. */
    public static RunSummary of(RunCounts counts, CallCounts calls, List<String> errors) {
        Map<CallKind, Long> byKind = new EnumMap<>(CallKind.class);
        for (CallKind kind : CallKind.values()) {
            byKind.put(kind, calls.attempts(kind));
        }
        return new RunSummary(counts, byKind, errors);
    }

    /** Requests of every kind. */
    public long totalApiCalls() {
        return apiCalls.values().stream().mapToLong(Long::longValue).sum();
    }
}
