package io.mqlsync.core.simulation;

/** How a handoff (or a lead sales found without one) turned out, as the transition history and deals tell. */
public enum Outcome {
    /** Became SQL, or has a won deal: the handoff was right. */
    CONVERTED,
    /** Sales rejected it with a reason (recycled or disqualified). */
    REJECTED,
    /** Nobody answered within {@code lifecycle.expireAfter}: recycled with {@code sla_expired}. */
    EXPIRED,
    /** Still an MQL with no disposition although it is older than the maturity window. */
    NO_RESPONSE,
    /** Too young to judge, or accepted by sales and not yet SQL. */
    PENDING;

    /** Whether the case counts in precision and the sweep: every outcome but {@link #PENDING}. */
    public boolean resolved() {
        return this != PENDING;
    }

    /** Whether the handoff was right. */
    public boolean positive() {
        return this == CONVERTED;
    }
}
