package io.mqlsync.core.spi;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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
 * <p>How an adapter classifies what the CRM answered, so the policy does the right thing:
 * <ul>
 *   <li>throttled (429, or the CRM's own "too many requests" fault): {@link TransientCrmException} with
 *       {@code retryAfter} from the Retry-After header, else the length of the CRM's window, so it is
 *       waited out as throttling rather than counted as the CRM failing (by the circuit breaker);</li>
 *   <li>5xx, reset, timeout, a locked row for the whole call: {@link TransientCrmException} without
 *       {@code retryAfter};</li>
 *   <li>the CRM's daily limit (a daily 429, Salesforce {@code REQUEST_LIMIT_EXCEEDED}):
 *       {@link ApiBudgetExhaustedException};</li>
 *   <li>refused credentials after the adapter's one refresh: {@link CrmAuthException};</li>
 *   <li>anything that will fail the same way again: {@link PermanentCrmException}. A batch rejected as a
 *       whole because of one bad item is not an exception but a rejected outcome (see
 *       {@code io.mqlsync.core.sync.IsolatingBatchWriter}).</li>
 * </ul>
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

    /**
     * Makes a batch call whose items can fail transiently one by one, such as Salesforce's per-record
     * {@code UNABLE_TO_LOCK_ROW}: after each attempt only the items whose result {@code retryItem} accepts
     * are sent again, after the same backoff as {@link #call}, until none is left or the attempts run out;
     * then their last result stands (and becomes a dead letter). A transient failure of the whole call is
     * retried as in {@link #call}, from the same attempts.
     *
     * @param items the batch; may be empty (no call is made)
     * @param call one request with the given items (never empty); returns one result per item, in order
     * @param retryItem whether an item's result is a transient failure worth sending again
     * @return one result per item, in input order: the result of the item's last attempt
     * @throws IllegalStateException if {@code call} returns a different number of results than items
     * @throws CrmException as {@link #call} does
     */
    <I, R> List<R> callPerItem(CallKind kind, String operation, List<I> items, Function<List<I>, List<R>> call,
                               Predicate<R> retryItem);

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
