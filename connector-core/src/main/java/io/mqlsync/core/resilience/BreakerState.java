package io.mqlsync.core.resilience;

/** The state of an instance's circuit breaker, without Resilience4j's type. */
public enum BreakerState {
    /** Calls pass and their outcomes are counted. */
    CLOSED,
    /** Calls are refused until the open period ends. */
    OPEN,
    /** A few probe calls pass; their outcomes decide between closed and open. */
    HALF_OPEN
}
