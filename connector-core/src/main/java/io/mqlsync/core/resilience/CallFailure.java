package io.mqlsync.core.resilience;

/** How one attempt of a CRM call failed, as the call policy counts it. */
public enum CallFailure {
    /** A transient failure without Retry-After: 5xx, reset, timeout, locked row. */
    TRANSIENT,
    /** A transient failure with Retry-After: the CRM throttled us (429) or asked us to come back later. */
    THROTTLED,
    /** The request will fail the same way again. */
    PERMANENT,
    /** Credentials refused. */
    AUTH,
    /** The daily budget is spent, by our guard or by the CRM. */
    BUDGET_EXHAUSTED,
    /** No permit came within the permit timeout; nothing was sent. */
    NO_PERMIT,
    /** The circuit breaker was open; nothing was sent. */
    CIRCUIT_OPEN
}
