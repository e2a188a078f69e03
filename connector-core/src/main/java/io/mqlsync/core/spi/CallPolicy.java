package io.mqlsync.core.spi;

import java.util.function.Supplier;

/**
 * How an adapter makes every call to its CRM: retries, circuit breaker, rate limits and the daily budget,
 * built once per CRM instance by core and handed to the adapter. The adapter never retries, waits or
 * counts by itself; it classifies each failure into a {@link CrmException} subclass and reports the
 * CRM's rate-limit headers through {@link #feedback()}.
 *
 * <p>One {@link #call} is one logical request; the policy may make it several times. Each attempt takes
 * a rate-limit permit and counts against the daily budget, so the supplier must make exactly one
 * request to the CRM and be safe to repeat (idempotent, or a create the CRM deduplicates).
 *
 * <p>Thread-safe: one policy serves every thread of an instance, so concurrent calls share its limits.
 */
public interface CallPolicy {
    /**
     * Makes {@code call}, retrying it on {@link TransientCrmException} with exponential backoff and jitter,
     * never sooner than the exception's {@link TransientCrmException#retryAfter()}.
     *
     * @param kind what the call does; selects the limits that apply and the metrics it counts under
     * @param operation a short, stable name for metrics and messages, such as {@code contacts.batchUpdate};
     *        never a record id or a value
     * @param call one request to the CRM; may be made more than once
     * @return what the last attempt returned; may be null only if {@code call} returns null
     * @throws TransientCrmException when every attempt failed transiently, when the CRM asked us to wait
     *         longer than the policy will, or when the circuit breaker is open: the run stops after its last
     *         checkpoint and resumes next time. An open breaker is never retried by the policy.
     * @throws PermanentCrmException as thrown by {@code call}, at once, never retried
     * @throws CrmAuthException as thrown by {@code call}, at once, never retried
     * @throws ApiBudgetExhaustedException when this instance's share of the CRM's daily API budget is used up
     *         (no request is made), or as thrown by {@code call}; never retried
     */
    <T> T call(CallKind kind, String operation, Supplier<T> call);

    /** Like {@link #call}, for a request whose response carries nothing the adapter needs. */
    default void run(CallKind kind, String operation, Runnable call) {
        call(kind, operation, () -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    /** Where the adapter reports the CRM's rate-limit and daily-usage headers after each response. */
    RateLimitFeedback feedback();
}
